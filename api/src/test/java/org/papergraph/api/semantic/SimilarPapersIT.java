package org.papergraph.api.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Similar papers, semantic and hybrid search, and the SPARQL functions, on the seeds. */
class SimilarPapersIT extends FixtureApiTestBase {
  @Autowired EmbeddingUpdater updater;

  @BeforeEach
  void embedded() throws InterruptedException {
    assertThat(updater.awaitCaughtUp(Duration.ofMinutes(2))).as("the seeds embedded").isTrue();
  }

  @Test
  void similarPapersComeClosestFirstWithoutThePaperItself() throws Exception {
    JsonNode r = api.json("/api/papers/2211.07379/similar?limit=3");
    assertThat(r.at("/paper/id").asString()).isEqualTo("2211.07379");
    assertThat(r.at("/model").asString()).startsWith("all-MiniLM-L6-v2");
    List<String> ids = ApiClient.field(r.at("/results"), "id");
    assertThat(ids).hasSize(3).doesNotContain("2211.07379");
    List<Double> scores = new ArrayList<>();
    r.at("/results").forEach(h -> scores.add(h.get("score").asDouble()));
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allMatch(s -> s > -1 && s < 1);
    assertThat(r.at("/results/0/iri").asString()).endsWith("/id/paper/" + ids.get(0));
    assertThat(r.at("/results/0/href").asString()).startsWith("/api/papers/");
    // Labels come from the paper index, not from a query per request: the same titles as the papers' own views.
    assertThat(r.at("/paper/label").asString()).isEqualTo(label("2211.07379"));
    for (JsonNode hit : r.at("/results")) {
      assertThat(hit.get("label").asString()).as(hit.get("id").asString()).isEqualTo(label(hit.get("id").asString()));
    }
  }

  @Test
  void badLimitsAndUnknownPapersAreClearErrors() throws Exception {
    assertProblem("/api/papers/2211.07379/similar?limit=0", 400, "limit: 0 is outside 1..100");
    assertProblem("/api/papers/2211.07379/similar?limit=many", 400, "limit: 'many' is not a number");
    assertProblem("/api/papers/2101.00001/similar", 404, "no paper with arXiv id 2101.00001");
    assertProblem("/api/papers/nonsense/similar", 400, "is not an arXiv identifier");
    assertProblem("/api/search?q=graphs&mode=fuzzy", 400, "mode: 'fuzzy' is not one of keyword, semantic, hybrid");
  }

  @Test
  void semanticSearchFindsPapersByMeaningAndHybridFusesBothRankings() throws Exception {
    // No paper has the word "qubits"; the quantum graph network paper is about them.
    assertThat(api.json("/api/search?q=qubits&types=paper").at("/results/papers/count").asInt()).isZero();
    JsonNode semantic = api.json("/api/search?q=" + enc("qubits on graphs") + "&types=paper&mode=semantic&limit=3");
    assertThat(semantic.at("/mode").asString()).isEqualTo("semantic");
    assertThat(semantic.at("/results/papers/results/0/id").asString()).isEqualTo("2211.07379");

    JsonNode hybrid = api.json("/api/search?q=diffusion&mode=hybrid&limit=5");
    // First in both rankings: 1/61 + 1/61.
    assertThat(hybrid.at("/results/papers/results/0/id").asString()).isEqualTo("2211.08332");
    assertThat(hybrid.at("/results/papers/results/0/score").asDouble()).isCloseTo(2.0 / 61, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(hybrid.at("/results/papers/results/0/highlights/abstract").asString()).contains("<em>diffusion</em>");
    assertThat(hybrid.at("/results/papers/count").asInt()).isEqualTo(10);
    assertThat(hybrid.at("/results/topics/results/0/id").asString()).as("topics still by words").isEqualTo("diffusion-models");
    assertThat(hybrid.at("/results/papers/results/0/label").asString()).isEqualTo(label("2211.08332"));
    List<String> groups = new ArrayList<>();
    hybrid.at("/results").propertyNames().forEach(groups::add);
    assertThat(groups).as("in the order asked").containsExactly("papers", "topics", "venues");
    JsonNode semanticAndTopics = api.json("/api/search?q=diffusion&types=topic,paper&mode=semantic&limit=3");
    List<String> semanticGroups = new ArrayList<>();
    semanticAndTopics.at("/results").propertyNames().forEach(semanticGroups::add);
    assertThat(semanticGroups).containsExactly("topics", "papers");
    assertThat(semanticAndTopics.at("/results/papers/results/0/highlights").isEmpty()).as("a vector matches no words").isTrue();
    assertThat(semanticAndTopics.at("/results/topics/results/0/id").asString()).isEqualTo("diffusion-models");
  }

  @Test
  void sparqlSimilarToAndSemanticQuery() throws Exception {
    String iri = api.json("/api/papers/2211.07379").get("iri").asString();
    JsonNode similar = sparql("PREFIX pg: <https://w3id.org/papergraph/ns#> SELECT ?p ?score WHERE { (?p ?score) pg:similarTo (<" + iri + "> 3) } ORDER BY DESC(?score)");
    JsonNode rest = api.json("/api/papers/2211.07379/similar?limit=3");
    List<String> fromSparql = new ArrayList<>();
    similar.at("/results/bindings").forEach(b -> fromSparql.add(b.at("/p/value").asString()));
    assertThat(fromSparql).isEqualTo(ApiClient.field(rest.at("/results"), "iri"));
    assertThat(similar.at("/results/bindings/0/score/datatype").asString()).isEqualTo("http://www.w3.org/2001/XMLSchema#double");

    JsonNode near = sparql("PREFIX pg: <https://w3id.org/papergraph/ns#> SELECT ?p WHERE { ?p pg:semanticQuery (\"qubits on graphs\" 1) }");
    assertThat(near.at("/results/bindings/0/p/value").asString()).isEqualTo(iri);

    // A call the function cannot take is the query's fault: 400, saying what it needs.
    HttpResponse<String> bad = api.get("/sparql?query=" + enc("PREFIX pg: <https://w3id.org/papergraph/ns#> SELECT ?p WHERE { ?p pg:similarTo (\"not a paper\" 3) }"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("pg:similarTo: the first argument must be a paper IRI");
  }

  @Test
  void theFunctionsAreInTheServiceDescriptionAndTheVocabulary() throws Exception {
    HttpResponse<String> sd = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/sparql")).header("Accept", "text/turtle").build());
    assertThat(sd.statusCode()).isEqualTo(200);
    assertThat(sd.body()).contains("pg:similarTo").contains("pg:semanticQuery").contains("pg:paperCounts").contains("sd:Feature");
    HttpResponse<String> ns = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/ns")).header("Accept", "text/turtle").build());
    assertThat(ns.body()).contains("pg:similarTo").contains("pg:semanticQuery").contains("pg:paperCounts").contains("pg:PropertyFunction");
  }

  private JsonNode sparql(String query) throws Exception {
    return api.json("/sparql?query=" + enc(query));
  }

  private void assertProblem(String path, int status, String detail) throws Exception {
    HttpResponse<String> r = api.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(status);
    assertThat(r.body()).as(path).contains(detail);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A paper's label as its own view implies it: its title, or its arXiv id when it has none (as the seeds' records). */
  private String label(String id) throws Exception {
    JsonNode title = api.json("/api/papers/" + id).get("title");
    return title == null || title.isNull() ? id : title.asString();
  }
}
