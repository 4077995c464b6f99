package org.papergraph.api.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Headless Chromium from the machine's packages (Debian's {@code chromium} and
 * {@code chromium-driver}), driven by Selenium. Both paths are given, so Selenium Manager never
 * looks for or downloads a browser or driver. Without them the browser tests skip, unless
 * {@value #REQUIRE_BROWSER} is true (as in CI), where they fail.
 */
final class Browser {
  private static final Logger log = LoggerFactory.getLogger(Browser.class);
  static final String REQUIRE_BROWSER = "PAPERGRAPH_REQUIRE_BROWSER";
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PAPERGRAPH_CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PAPERGRAPH_CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");

  private Browser() {}

  /** Skips the calling test class (or fails it, in CI) when Chromium is not installed. */
  static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && Boolean.parseBoolean(System.getenv(REQUIRE_BROWSER))) {
      throw new IllegalStateException(REQUIRE_BROWSER + " is true but " + CHROMIUM + " or " + CHROMEDRIVER
          + " is missing: install Debian's chromium and chromium-driver");
    }
    if (!installed) {
      String reason = "Skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing"
          + ", so the browser tests cannot run here. Install Debian's chromium and chromium-driver to run them"
          + " (CI does, see .ci/run).";
      // Also in the build output, where a skip count alone says nothing about why.
      log.warn(reason);
      Assumptions.abort(reason);
    }
  }

  static WebDriver start(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic", "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }

  /** Saves what the browser shows as target/ui-screenshots/{name}.png, a test artefact. */
  static void screenshot(WebDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
