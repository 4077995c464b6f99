package org.papergraph.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browser UI in headless Chromium against a live server with the seed papers: the SPARQL
 * editor runs a query, a topic page links to a venue page, the graph view draws and expands,
 * and the search box completes. Screenshots go to target/ui-screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "papergraph.store.kind=memory")
class UiBrowserIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static WebDriver driver;

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired org.papergraph.api.semantic.EmbeddingUpdater embeddings;

  @BeforeAll
  static void startBrowser(@TempDir Path profile) {
    Browser.assumeInstalled();
    driver = Browser.start(profile);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void open(String path) {
    driver.get("http://localhost:" + port + path);
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Every script, style sheet and fetch of the page came from this server: no CDN, no internet. */
  @SuppressWarnings("unchecked")
  private void assertOnlyLocalResources() {
    List<String> urls = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
    assertThat(urls).isNotEmpty().allSatisfy(u -> assertThat(u).startsWith("http://localhost:" + port + "/"));
  }

  @Test
  void queryPageRunsAnExampleQueryAndChartsIt() throws Exception {
    open("/");
    waitFor(By.cssSelector(".CodeMirror"));
    driver.findElement(By.xpath("//div[@id='examples']/button[text()='Topic counts']")).click();
    WebElement table = waitFor(By.cssSelector(".yasr table tbody tr td"));
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("convolutional neural networks"));
    assertThat(table.isDisplayed()).isTrue();
    new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.id("chart-note")).getText().startsWith("?papers by ?label"));
    assertThat(driver.findElement(By.id("download-csv")).isEnabled()).isTrue();
    assertThat(js("return Yasgui.Yasqe.defaults.autocompleters")).asList().containsExactly("localPrefixes", "variables");
    assertOnlyLocalResources();
    Browser.screenshot(driver, "query");
  }

  @Test
  void editorCompletesThisGraphsPrefixes() {
    open("/query");
    waitFor(By.cssSelector(".CodeMirror"));
    js("const y = papergraphYasgui.getTab().getYasqe(); y.setValue('PREFIX sk'); y.focus();"
        + " y.getDoc().setCursor({line: 0, ch: 9}); y.autocomplete();");
    WebElement hint = waitFor(By.cssSelector(".CodeMirror-hints li"));
    assertThat(hint.getText()).isEqualTo("skos: <http://www.w3.org/2004/02/skos/core#>");
  }

  @Test
  void linkedDataPageLeadsToTheExplorerPage() {
    open("/id/topic/pwc-gcn");
    driver.findElement(By.linkText("Explorer page")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/explore/topic/pwc-gcn"));
    assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Graph Convolutional Network");
  }

  @Test
  void topicPageLinksToAVenuePage() throws Exception {
    open("/explore/topic/pwc-gcn");
    WebElement heading = waitFor(By.tagName("h1"));
    assertThat(heading.getText()).isEqualTo("Graph Convolutional Network");
    waitFor(By.id("chart-papers-per-month"));
    Browser.screenshot(driver, "topic");

    WebElement venue = driver.findElement(By.cssSelector("a[href^='/explore/venue/']"));
    String label = venue.getText();
    venue.click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/explore/venue/"));
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), label));
    waitFor(By.id("chart-topic-profile"));
    assertThat(driver.findElement(By.id("page")).getText()).contains("Graph Convolutional Network");
    assertOnlyLocalResources();
    Browser.screenshot(driver, "venue");
  }

  @Test
  void ownerAndPaperPagesShowTheirNeighbours() throws Exception {
    open("/explore/owner/github/vita-group");
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "VITA-Group"));
    waitFor(By.id("chart-topic-profile"));
    Browser.screenshot(driver, "owner");

    driver.findElement(By.cssSelector("a[href^='/explore/paper/']")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/explore/paper/"));
    WebElement owner = waitFor(By.cssSelector("a[href='/explore/owner/github/vita-group']"));
    assertThat(owner.getText()).isEqualTo("VITA-Group");
    // Each topic shows the words of the paper that made it, and where they stand.
    assertThat(waitFor(By.cssSelector(".evidence")).getText()).matches("(?s) ?from \u201c.+\u201d \\((title|lead sentence|abstract)\\).*");
    Browser.screenshot(driver, "paper");

    // With the seeds embedded, the page lists the five papers most like it, linked, with scores.
    assertThat(embeddings.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
    driver.navigate().refresh();
    WebElement similar = waitFor(By.id("similar-papers"));
    new WebDriverWait(driver, WAIT).until(d -> similar.findElements(By.cssSelector("li a[href^='/explore/paper/']")).size() == 5);
    assertThat(similar.getText()).contains("Similar papers").contains("similarity 0.");
  }

  @Test
  void graphViewDrawsAroundATopicAndExpandsANode() throws Exception {
    open("/graph?topic=pwc-gcn");
    WebElement graph = waitFor(By.id("graph"));
    new WebDriverWait(driver, WAIT).until(d -> graph.getDomAttribute("data-nodes") != null);
    int before = Integer.parseInt(graph.getDomAttribute("data-nodes"));
    assertThat(before).isGreaterThan(1);
    assertThat(js("return papergraphCy.nodes('[kind = \"venue\"]').length")).asString().isNotEqualTo("0");

    // Expanding a venue adds its topics.
    js("papergraphCy.nodes('[kind = \"venue\"]')[0].emit('tap')");
    new WebDriverWait(driver, WAIT).until(d -> Integer.parseInt(graph.getDomAttribute("data-nodes")) > before);
    assertThat(js("return papergraphCy.nodes('.expanded').length")).asString().isEqualTo("2");
    assertOnlyLocalResources();
    Browser.screenshot(driver, "graph");
  }

  @Test
  void searchBoxCompletesAndOpensTheChosenPage() throws Exception {
    open("/explore/venue/neurips");
    WebElement box = waitFor(By.id("pg-search"));
    box.sendKeys("convolutional");
    WebElement first = waitFor(By.cssSelector(".pg-search li a"));
    assertThat(first.getText()).containsIgnoringCase("convolutional");
    Browser.screenshot(driver, "search");
    box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("/explore/venue/neurips")));
    assertThat(driver.getCurrentUrl()).contains("/explore/");
    assertThat(waitFor(By.tagName("h1")).getText().toLowerCase()).contains("convolutional");
  }
}
