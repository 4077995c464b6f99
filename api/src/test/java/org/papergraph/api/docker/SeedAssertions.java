package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.papergraph.api.semantic.EmbeddingUpdater;

/** What a Papergraph loaded with the ten seed records answers, whatever its store. */
final class SeedAssertions {
  static final String COUNT_PAPERS =
      "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/ScholarlyArticle> }";

  private SeedAssertions() {}

  /** The ten seed papers are counted in a SPARQL endpoint (Papergraph's or its store's). */
  static void assertTenPapersIn(String sparqlEndpoint) throws Exception {
    HttpResponse<String> count = Http.sparqlCsv(sparqlEndpoint, COUNT_PAPERS);
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    assertThat(Http.singleCsvValue(count.body())).isEqualTo("10");
  }

  /** Papergraph at {@code base} (e.g. http://localhost:1234) serves the seeds on /sparql and /api. */
  static void assertServesTheSeeds(String base) throws Exception {
    assertTenPapersIn(base + "/sparql");
    HttpResponse<String> paper = Http.get(base + "/api/papers/2211.08332", "application/json");
    assertThat(paper.statusCode()).as(paper.body()).isEqualTo(200);
    assertThat(paper.body()).contains("\"id\":\"2211.08332\"");
  }

  /**
   * The topic check has run on the seeds in the store behind {@code sparqlEndpoint}: every
   * assignment left carries its cosine, and every paper still has a topic. Waits for the
   * background pass (and the pass its own write starts) for up to two minutes.
   */
  static void assertTopicsChecked(String sparqlEndpoint, EmbeddingUpdater updater) throws Exception {
    String unchecked = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/papergraph/ns#TopicAssignment> "
        + "FILTER NOT EXISTS { ?a <https://w3id.org/papergraph/ns#semanticSimilarity> ?s } }";
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String left;
    do {
      assertThat(updater.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
      HttpResponse<String> r = Http.sparqlCsv(sparqlEndpoint, unchecked);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      left = Http.singleCsvValue(r.body());
      if (!left.equals("0")) {
        Thread.sleep(200);
      }
    } while (!left.equals("0") && System.nanoTime() < deadline);
    assertThat(left).as("assignments left unchecked").isEqualTo("0");
    HttpResponse<String> checked = Http.sparqlCsv(sparqlEndpoint,
        "SELECT (COUNT(?a) AS ?n) WHERE { ?a <https://w3id.org/papergraph/ns#semanticSimilarity> ?s }");
    assertThat(Integer.parseInt(Http.singleCsvValue(checked.body()))).as(checked.body()).isPositive();
    HttpResponse<String> bare = Http.sparqlCsv(sparqlEndpoint, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/ScholarlyArticle> "
        + "FILTER NOT EXISTS { ?p <http://purl.org/dc/terms/subject> ?t } }");
    assertThat(Http.singleCsvValue(bare.body())).as("papers left without a topic").isEqualTo("0");
  }
}
