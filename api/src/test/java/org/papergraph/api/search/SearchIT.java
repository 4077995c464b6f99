package org.papergraph.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;

/** /api/search over papers, topics and venues, with highlights. */
class SearchIT extends FixtureApiTestBase {
  @Test
  void diffusionFindsOnePaperAndOneTopic() throws Exception {
    JsonNode r = api.json("/api/search?q=Diffusion");
    assertThat(r.at("/results/papers/count").asInt()).isEqualTo(1);
    assertThat(r.at("/results/papers/results/0/id").asString()).isEqualTo("2211.08332");
    assertThat(r.at("/results/papers/results/0/score").asDouble()).isPositive();
    assertThat(r.at("/results/papers/results/0/highlights/abstract").asString()).contains("<em>diffusion</em>");
    assertThat(r.at("/results/topics/count").asInt()).isEqualTo(1);
    assertThat(r.at("/results/topics/results/0/id").asString()).isEqualTo("diffusion-models");
    assertThat(r.at("/results/topics/results/0/highlights/label").asString()).isEqualTo("<em>diffusion</em> models");
    assertThat(r.at("/results/venues/count").asInt()).isZero();
  }

  @Test
  void everyWordMustMatch() throws Exception {
    JsonNode r = api.json("/api/search?q=quantum%20graph&types=paper,topic");
    assertThat(r.at("/results/papers/count").asInt()).isEqualTo(1);
    assertThat(r.at("/results/papers/results/0/id").asString()).isEqualTo("2211.07379");
    assertThat(r.at("/results/topics/count").asInt()).isZero();
    assertThat(r.get("results").has("venues")).isFalse();
  }

  @Test
  void venuesByAliasAndName() throws Exception {
    JsonNode nips = api.json("/api/search?q=nips&types=venue");
    assertThat(ApiClient.field(nips.at("/results/venues/results"), "id")).containsExactly("neurips");
    assertThat(nips.at("/results/venues/results/0/highlights/altLabel").asString()).isEqualTo("<em>NIPS</em>");
    JsonNode info = api.json("/api/search?q=neural%20information&types=venue");
    assertThat(info.at("/results/venues/results/0/highlights/name").asString())
        .isEqualTo("Conference on <em>Neural</em> <em>Information</em> Processing Systems");
  }

  @Test
  void highlightsEscapeMarkup() throws Exception {
    // 2210.08388's abstract says "achieves >2% and >4% improvement": the highlight must carry
    // the match as <em> and those brackets escaped, never as markup.
    JsonNode r = api.json("/api/search?q=improvement&types=paper");
    assertThat(ApiClient.field(r.at("/results/papers/results"), "id")).contains("2210.08388");
    JsonNode paper = null;
    for (JsonNode p : r.at("/results/papers/results")) {
      if (p.get("id").asString().equals("2210.08388")) {
        paper = p;
      }
    }
    String h = paper.at("/highlights/abstract").asString();
    assertThat(h).contains("<em>improvement</em>").contains("&gt;4%");
    assertThat(h.replace("<em>", "").replace("</em>", "")).doesNotContain("<").doesNotContain(">");
  }

  @Test
  void aTrailingStarStandsForAnyWordItBegins() throws Exception {
    // What the search box sends while a word is being typed.
    assertThat(api.json("/api/search?q=diffusio&types=paper").at("/results/papers/count").asInt()).isZero();
    JsonNode r = api.json("/api/search?q=diffusio*&types=paper,topic");
    assertThat(ApiClient.field(r.at("/results/papers/results"), "id")).containsExactly("2211.08332");
    assertThat(ApiClient.field(r.at("/results/topics/results"), "id")).containsExactly("diffusion-models");
  }

  @Test
  void matchesAreShownWithTheirLabels() throws Exception {
    JsonNode r = api.json("/api/search?q=neurips&types=venue");
    assertThat(r.at("/results/venues/results/0/label").asString()).isEqualTo("NeurIPS");
    assertThat(r.at("/results/venues/results/0/href").asString()).isEqualTo("/api/venues/neurips");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "?q=", "?q=%20--", "?q=x&types=person", "?q=x&limit=0", "?q=x&limit=51",
    "?q=a%20b%20c%20d%20e%20f%20g%20h%20i%20j%20k"})
  void badRequestsAre400(String query) throws Exception {
    var r = api.get("/api/search" + query);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }

  @Test
  void quotesAndBracesInTheQueryAreJustText() throws Exception {
    JsonNode r = api.json("/api/search?q=%22%7D%20UNION%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%23");
    assertThat(r.at("/results/papers/count").asInt()).isZero();
  }
}
