package org.papergraph.api.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;

/** /api/papers over the seeds plus topics and venues: filters, facets, cursors, errors. */
class PaperListIT extends FixtureApiTestBase {
  static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("results").forEach(p -> out.add(p.get("id").asString()));
    return out;
  }

  @Test
  void allPapersNewestFirstWithFacets() throws Exception {
    JsonNode page = api.json("/api/papers");
    assertThat(page.at("/meta/count").asInt()).isEqualTo(10);
    assertThat(ids(page)).containsExactly(
        "2211.08332", "2211.05770", "2211.07379", "2211.02077", "2210.14793",
        "2210.16987", "2210.08772", "2210.08578", "2210.08388", "2210.08122");
    assertThat(page.at("/meta/nextCursor").isNull()).isTrue();
    assertThat(api.facet(page, "year")).containsExactly("2022=10");
    assertThat(api.facet(page, "venue")).containsExactly("neurips=4", "asp-dac=1", "icdm=1", "qtml=1");
    assertThat(api.facet(page, "owner")).containsExactly("github/vita-group=3", "github/shi-labs=2");
    assertThat(api.facet(page, "topic")).startsWith("neural-networks=5", "graph-neural-networks=2");
  }

  @Test
  void summaryCarriesTopicsVenuesAndCode() throws Exception {
    JsonNode page = api.json("/api/papers?venue=neurips&topic=graph-neural-networks");
    assertThat(ids(page)).containsExactly("2210.08122");
    JsonNode p = page.at("/results/0");
    assertThat(p.at("/topics/0/id").asString()).isEqualTo("graph-neural-networks");
    assertThat(p.at("/topics/0/score").decimalValue()).isEqualByComparingTo("0.95");
    assertThat(p.at("/topics/1/id").asString()).isEqualTo("neural-networks");
    assertThat(p.at("/venues/0/label").asString()).isEqualTo("NeurIPS");
    assertThat(p.at("/venues/0/year").asInt()).isEqualTo(2022);
    assertThat(p.at("/repositories/0/id").asString()).isEqualTo("github/vita-group/gradientgcn");
    assertThat(p.at("/owners/0/href").asString()).isEqualTo("/api/owners/github/vita-group");
    assertThat(p.get("hasCode").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "venue=neurips; 2211.02077 2210.16987 2210.08772 2210.08122",
    "venue=neurips&year=2022; 2211.02077 2210.16987 2210.08772 2210.08122",
    "venue=icdm,asp-dac; 2210.08578 2210.08388",
    "topic=neural-networks&hasCode=true; 2211.08332 2211.05770 2210.14793 2210.08122",
    "hasCode=false; 2211.07379 2211.02077 2210.08772 2210.08578 2210.08388",
    "owner=github/vita-group; 2210.14793 2210.16987 2210.08122",
    "owner=github/VITA-Group&venue=neurips; 2210.16987 2210.08122",
    "from=2022-10-16&to=2022-10-23; 2210.16987 2210.08772 2210.08578",
    "from=2022-11; 2211.08332 2211.05770 2211.07379 2211.02077",
    "year=2021; ''",
    "q=knowledge distillation; 2210.08388",
    "q=quantum&sort=date:asc; 2211.07379",
    "sort=date:asc&to=2022-10-15; 2210.08122 2210.08388",
  })
  void filters(String query, String expected) throws Exception {
    JsonNode page = api.json("/api/papers?" + query.replace(" ", "%20"));
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertThat(ids(page)).containsExactlyElementsOf(want);
    assertThat(page.at("/meta/count").asInt()).isEqualTo(want.size());
  }

  @Test
  void aTextQueryFindsWhatSearchFindsRankedAsItRanks() throws Exception {
    JsonNode page = api.json("/api/papers?q=gradient&facets=");
    assertThat(page.at("/meta/sort").asString()).isEqualTo("relevance");
    assertThat(page.get("facets").size()).isZero();
    List<Float> scores = new ArrayList<>();
    page.get("results").forEach(p -> scores.add(p.get("relevance").floatValue()));
    assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder()).allMatch(f -> f > 0);
    // Whole words: "GradientGCN" and "gradients" are not "gradient".
    assertThat(ids(page)).containsExactly("2210.08122", "2211.02077", "2210.14793");
    JsonNode search = api.json("/api/search?types=paper&limit=50&q=gradient").at("/results/papers");
    java.util.Map<String, Float> searched = new java.util.HashMap<>();
    search.get("results").forEach(h -> searched.put(h.get("id").asString(), h.get("score").floatValue()));
    java.util.Map<String, Float> listed = new java.util.HashMap<>();
    page.get("results").forEach(p -> listed.put(p.get("id").asString(), p.get("relevance").floatValue()));
    assertThat(listed).isEqualTo(searched);
  }

  @Test
  void aTextQueryNeedsEveryWordInOneTitleOrAbstractAndTakesPrefixes() throws Exception {
    List<String> prefixed = ids(api.json("/api/papers?q=gradient*&facets="));
    List<String> whole = ids(api.json("/api/papers?q=gradient&facets="));
    assertThat(prefixed).containsAll(whole).containsAll(ids(api.json("/api/papers?q=gradientgcn&facets=")))
        .containsAll(ids(api.json("/api/papers?q=gradients&facets="))).hasSizeGreaterThan(whole.size());
    List<String> both = ids(api.json("/api/papers?q=gradient%20networks&facets="));
    assertThat(both).isNotEmpty().isSubsetOf(whole).isSubsetOf(ids(api.json("/api/papers?q=networks&facets=")));
    // The seeds' abstracts about quantum networks do not say "gradient".
    assertThat(ids(api.json("/api/papers?q=gradient%20quantum&facets="))).isEmpty();
    assertThat(api.json("/api/papers?q=gradien&facets=").at("/meta/count").asInt()).isZero();
  }

  @Test
  void cursorWalkReturnsEveryPaperOnce() throws Exception {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page = api.json("/api/papers?perPage=3&facets=" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.at("/meta/count").asInt()).isEqualTo(10);
      seen.addAll(ids(page));
      cursor = page.at("/meta/nextCursor").isNull() ? null : page.at("/meta/nextCursor").asString();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(4);
    assertThat(seen).doesNotHaveDuplicates().hasSize(10);
    assertThat(seen).isEqualTo(ids(api.json("/api/papers?perPage=10")));
  }

  @Test
  void cursorWalkUnderFiltersAndRelevance() throws Exception {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = api.json("/api/papers?q=network&perPage=2" + (cursor == null ? "" : "&cursor=" + cursor));
      seen.addAll(ids(page));
      cursor = page.at("/meta/nextCursor").isNull() ? null : page.at("/meta/nextCursor").asString();
    } while (cursor != null);
    assertThat(seen).isEqualTo(ids(api.json("/api/papers?q=network&perPage=100")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "sort=date:asc; 10",
    "sort=date:asc&topic=neural-networks; 5",
    "sort=date&from=2022-10-15; -1",
    "topic=neural-networks&hasCode=true; -1",
  })
  void cursorWalkInEitherDateOrderCountsEveryMatchOnEveryPage(String filters, int expected) throws Exception {
    JsonNode whole = api.json("/api/papers?perPage=100&" + filters);
    int count = whole.at("/meta/count").asInt();
    if (expected >= 0) {
      assertThat(count).isEqualTo(expected);
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = api.json("/api/papers?perPage=2&" + filters + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.at("/meta/count").asInt()).isEqualTo(count);
      seen.addAll(ids(page));
      cursor = page.at("/meta/nextCursor").isNull() ? null : page.at("/meta/nextCursor").asString();
    } while (cursor != null);
    assertThat(seen).hasSize(count).isEqualTo(ids(whole));
  }

  @Test
  void oldestFirstIsNewestFirstReversed() throws Exception {
    List<String> newest = ids(api.json("/api/papers?perPage=100"));
    List<String> oldest = new ArrayList<>(ids(api.json("/api/papers?perPage=100&sort=date:asc")));
    java.util.Collections.reverse(oldest);
    assertThat(oldest).isEqualTo(newest).hasSize(10);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "year=22; year",
    "from=2022-13-01; from",
    "from=2022-11-01&to=2022-10-01; after",
    "hasCode=maybe; hasCode",
    "perPage=0; perPage",
    "perPage=101; 1..100",
    "sort=title; sort",
    "sort=relevance; needs a text query",
    "cursor=not-a-cursor; cursor",
    "cursor=djF8ZGF0ZXx4; cursor",
    "topic=Diffusion Models; topic",
    "topic=no-such-topic; no-such-topic",
    "owner=vita-group; owner",
    "facets=author; facets",
    "color=red; unknown parameter 'color'",
    "q=%20-%20; q",
  })
  void badParametersAre400ProblemDetails(String query, String mentions) throws Exception {
    var r = api.get("/api/papers?" + query.replace(" ", "%20"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(api.parse(r.body()).get("detail").asString()).contains(mentions);
  }

  @Test
  void cursorOfAnotherSortIs400() throws Exception {
    String cursor = api.json("/api/papers?perPage=2").at("/meta/nextCursor").asString();
    var r = api.get("/api/papers?sort=date:asc&cursor=" + cursor);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("sort=date");
  }
}
