package org.papergraph.api.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;

/** /api/papers/{id}: topics with scores, venue claims, repositories, related papers; errors. */
class PaperDetailIT extends FixtureApiTestBase {
  @Test
  void paperWithTopicsVenueAndCode() throws Exception {
    JsonNode p = api.json("/api/papers/2210.08122");
    assertThat(p.get("id").asString()).isEqualTo("2210.08122");
    assertThat(p.get("created").asString()).isEqualTo("2022-10-14");
    assertThat(ApiClient.field(p.get("topics"), "id")).containsExactly("graph-neural-networks", "neural-networks");
    assertThat(p.at("/topics/0/score").decimalValue()).isEqualByComparingTo("0.95");
    assertThat(p.at("/topics/0/label").asString()).isEqualTo("graph neural networks");
    assertThat(p.at("/topics/0/method").asString()).isEqualTo("https://w3id.org/papergraph/ns#CsoLabelMatch");
    assertThat(p.at("/topics/0/href").asString()).isEqualTo("/api/topics/graph-neural-networks");
    // The words that made the topic, the title's first, with where they stand.
    assertThat(ApiClient.field(p.at("/topics/0/evidence"), "matchedText")).containsExactly("GNN", "graph neural networks");
    assertThat(p.at("/topics/0/evidence/1/textPosition").asString()).isEqualTo("https://w3id.org/papergraph/ns#LeadSentence");
    assertThat(p.at("/topics/0/evidence/1/startOffset").asInt()).isEqualTo(40);
    assertThat(p.at("/topics/0/evidence/1/endOffset").asInt()).isEqualTo(61);
    assertThat(p.at("/topics/1/evidence").size()).isZero();
    assertThat(p.at("/venueClaims/0/rawText").asString()).isEqualTo("Advances in Neural Information Processing Systems (NeurIPS), 2022");
    assertThat(p.at("/venueClaims/0/status").asString()).isEqualTo("Published");
    assertThat(p.at("/venueClaims/0/venue/iri").asString()).isEqualTo("http://localhost:8080/id/venue/neurips/2022");
    assertThat(p.at("/presentedAt/0/year").asInt()).isEqualTo(2022);
    assertThat(p.at("/presentedAt/0/series/id").asString()).isEqualTo("neurips");
    assertThat(p.at("/presentedAt/0/series/label").asString()).isEqualTo("NeurIPS");
    assertThat(p.at("/repositories/0/url").asString()).isEqualTo("https://github.com/vita-group/gradientgcn");
    assertThat(p.at("/repositories/0/official").asBoolean()).isFalse();
    assertThat(p.at("/repositories/0/owner/href").asString()).isEqualTo("/api/owners/github/vita-group");
    // Each shares one topic (graph neural networks or neural networks), so the newest come first.
    assertThat(ApiClient.field(p.get("related"), "id")).containsExactly("2211.08332", "2211.05770", "2211.07379", "2210.14793", "2210.08772");
    assertThat(p.at("/related/2/sharedTopics/0").asString()).isEqualTo("graph-neural-networks");
  }

  @Test
  void claimWithoutTopics() throws Exception {
    JsonNode p = api.json("/api/papers/2210.08578");
    assertThat(p.at("/venueClaims/0/rawText").asString()).isEqualTo("Accepted to ASP-DAC'23");
    assertThat(p.at("/venueClaims/0/status").asString()).isEqualTo("Accepted");
    assertThat(p.at("/venueClaims/0/venue/year").asInt()).isEqualTo(2023);
    assertThat(p.get("dois").get(0).asString()).isEqualTo("10.1145/3566097.3567864");
    assertThat(p.get("authors").size()).isZero();
  }

  @Test
  void paperStoredOutsideItsRecordGraph() throws Exception {
    // Written by SPARQL Update or a graph upload, not by the ingest: no record graph holds it.
    String ttl = """
        PREFIX schema: <https://schema.org/>
        PREFIX fabio: <http://purl.org/spar/fabio/>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX bibo: <http://purl.org/ontology/bibo/>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        PREFIX pg: <https://w3id.org/papergraph/ns#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        <http://localhost:8080/id/paper/2301.00001> a schema:ScholarlyArticle ;
          fabio:hasArXivId "2301.00001" ; dcterms:title "Stored elsewhere" ;
          dcterms:created "2023-01-02"^^xsd:date ;
          bibo:authorList ( <http://localhost:8080/id/person/ada> <http://localhost:8080/id/person/bo> ) ;
          bibo:presentedAt <http://localhost:8080/id/venue/neurips/2022> ;
          pg:hasRepository <http://localhost:8080/id/repo/github/some-lab/tool> .
        <http://localhost:8080/id/person/ada> foaf:name "Ada" .
        <http://localhost:8080/id/person/bo> foaf:name "Bo" .
        <http://localhost:8080/id/repo/github/some-lab/tool> schema:codeRepository <https://github.com/some-lab/tool> ;
          pg:owner <http://localhost:8080/id/org/github/some-lab> .
        <http://localhost:8080/id/org/github/some-lab> foaf:accountName "some-lab" .
        """;
    String graph = "http://example.org/uploaded";
    store.replaceGraph(graph, RDFParser.fromString(ttl, Lang.TURTLE).toGraph());
    changes.awaitViews();
    try {
      JsonNode p = api.json("/api/papers/2301.00001");
      assertThat(p.get("title").asString()).isEqualTo("Stored elsewhere");
      assertThat(ApiClient.field(p.get("authors"), "name")).containsExactly("Ada", "Bo");
      assertThat(p.at("/presentedAt/0/year").asInt()).isEqualTo(2022);
      assertThat(p.at("/presentedAt/0/series/label").asString()).isEqualTo("NeurIPS");
      assertThat(p.at("/repositories/0/owner/accountName").asString()).isEqualTo("some-lab");
    } finally {
      store.deleteGraphs(List.of(graph));
      changes.awaitViews();
    }
  }

  @Test
  void unknownPaperIs404AndMalformedIdIs400() throws Exception {
    var missing = api.get("/api/papers/2101.00001");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(api.parse(missing.body()).get("detail").asString()).contains("2101.00001");
    var bad = api.get("/api/papers/not-an-id");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(api.parse(bad.body()).get("detail").asString()).contains("not-an-id");
  }
}
