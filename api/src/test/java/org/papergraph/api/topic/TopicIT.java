package org.papergraph.api.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;

/** /api/topics: list, autocomplete, one topic's neighbourhood, co-occurrence and trend. */
class TopicIT extends FixtureApiTestBase {
  @Test
  void listMostPapersFirst() throws Exception {
    JsonNode list = api.json("/api/topics?limit=3");
    assertThat(ApiClient.field(list, "id")).containsExactly("neural-networks", "graph-neural-networks", "congestion-control");
    assertThat(list.at("/0/paperCount").asInt()).isEqualTo(5);
    // Topics of the scheme without papers are listed too, after those with papers.
    assertThat(api.json("/api/topics?limit=100").size()).isEqualTo(14);
  }

  @Test
  void autocompleteMatchesWordPrefixesOfLabelsAndAliases() throws Exception {
    assertThat(ApiClient.field(api.json("/api/topics?q=neu"), "id")).containsExactly("neural-networks", "graph-neural-networks");
    assertThat(ApiClient.field(api.json("/api/topics?q=Dist"), "id")).containsExactly("knowledge-distillation");
    assertThat(ApiClient.field(api.json("/api/topics?q=gnn"), "id")).containsExactly("graph-neural-networks");
    assertThat(api.json("/api/topics?q=zzz").size()).isZero();
  }

  @Test
  void topicWithNeighboursCooccurrenceVenuesAndTrend() throws Exception {
    JsonNode t = api.json("/api/topics/graph-neural-networks");
    assertThat(t.get("label").asString()).isEqualTo("graph neural networks");
    assertThat(t.get("altLabels").get(0).asString()).isEqualTo("GNN");
    assertThat(t.get("paperCount").asInt()).isEqualTo(2);
    assertThat(t.get("papers").asString()).isEqualTo("/api/papers?topic=graph-neural-networks");
    assertThat(ApiClient.field(t.get("broader"), "id")).containsExactly("neural-networks");
    assertThat(ApiClient.field(t.get("related"), "id")).containsExactly("neural-networks");
    assertThat(t.get("exactMatch").get(0).asString()).isEqualTo("https://cso.kmi.open.ac.uk/topics/graph_neural_networks");
    // 10 tagged papers; gnn on 2, neural networks on 5, quantum ML on 1; each pair on 1.
    assertThat(t.at("/cooccurring/0/topic/id").asString()).isEqualTo("quantum-machine-learning");
    assertThat(t.at("/cooccurring/0/count").asInt()).isEqualTo(1);
    assertThat(t.at("/cooccurring/0/lift").asDouble()).isEqualTo(5.0);
    assertThat(t.at("/cooccurring/0/pmi").asDouble()).isEqualTo(2.3219);
    assertThat(t.at("/cooccurring/1/topic/id").asString()).isEqualTo("neural-networks");
    assertThat(t.at("/cooccurring/1/lift").asDouble()).isEqualTo(1.0);
    assertThat(t.at("/cooccurring/1/pmi").asDouble()).isEqualTo(0.0);
    assertThat(t.get("cooccurring").size()).isEqualTo(2);
    assertThat(t.at("/venues/0/venue/id").asString()).isEqualTo("neurips");
    assertThat(t.at("/venues/1/venue/id").asString()).isEqualTo("qtml");
    assertThat(t.at("/byYear/0/period").asString()).isEqualTo("2022");
    assertThat(t.at("/byYear/0/count").asInt()).isEqualTo(2);
    assertThat(t.at("/byMonth/0/period").asString()).isEqualTo("2022-10");
    assertThat(t.at("/byMonth/1/period").asString()).isEqualTo("2022-11");
    assertThat(t.at("/byMonth/1/count").asInt()).isEqualTo(1);
  }

  @Test
  void narrowerTopics() throws Exception {
    JsonNode t = api.json("/api/topics/machine-learning");
    assertThat(t.get("paperCount").asInt()).isZero();
    assertThat(ApiClient.field(t.get("narrower"), "id")).containsExactly(
        "contrastive-learning", "diffusion-models", "knowledge-distillation", "multi-task-learning",
        "neural-networks", "quantum-machine-learning", "reinforcement-learning");
    assertThat(ApiClient.field(t.get("broader"), "id")).containsExactly("artificial-intelligence");
  }

  @Test
  void errors() throws Exception {
    var missing = api.get("/api/topics/no-such-topic");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(api.get("/api/topics/Not_A_Slug").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/topics?limit=0").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/topics?limit=many").statusCode()).isEqualTo(400);
    assertThat(api.get("/api/topics?q=").statusCode()).isEqualTo(400);
  }
}
