package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

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
}
