package org.papergraph.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/search} and {@code text:query} in SPARQL answer from one index with one rule: for
 * every query of a table over the seed papers they find the same papers.
 */
class SearchAgreementIT extends FixtureApiTestBase {
  static final List<String> SEED_QUERIES = List.of(
      "diffusion", "image generation", "quantum", "quantum graph", "neural networks", "neural network",
      "machine learning", "graph", "multi-flow", "versatile diffusion", "transformer", "contrastive learning",
      "reinforcement learning", "video", "medical imaging", "noisy labels", "multi-task learning", "tracking",
      "GCNs", "implicit neural representations");

  @Test
  void searchAndTextQueryFindTheSamePapers() throws Exception {
    Map<String, String> disagreements = new TreeMap<>();
    for (String q : SEED_QUERIES) {
      TreeSet<String> search = viaSearch(q);
      TreeSet<String> sparql = viaTextQuery(q);
      if (!search.equals(sparql)) {
        disagreements.put(q, "/api/search " + search + " but text:query " + sparql);
      }
    }
    System.out.printf("search agreement: %d of %d seed queries%n", SEED_QUERIES.size() - disagreements.size(), SEED_QUERIES.size());
    assertThat(disagreements).isEmpty();
  }

  @Test
  void theTableFindsSomethingAndNotEverything() throws Exception {
    // A table whose queries all find nothing (or everything) would agree without showing anything.
    List<Integer> sizes = new ArrayList<>();
    for (String q : SEED_QUERIES) {
      sizes.add(viaTextQuery(q).size());
    }
    assertThat(sizes).anyMatch(n -> n == 1).anyMatch(n -> n > 1);
  }

  private TreeSet<String> viaSearch(String q) throws Exception {
    JsonNode r = api.json("/api/search?types=paper&limit=50&q=" + enc(q));
    return new TreeSet<>(ApiClient.field(r.at("/results/papers/results"), "iri"));
  }

  private TreeSet<String> viaTextQuery(String q) throws Exception {
    String query = """
        PREFIX text: <http://jena.apache.org/text#>
        PREFIX schema: <https://schema.org/>
        SELECT DISTINCT ?p WHERE { ?p text:query "%s" . ?p a schema:ScholarlyArticle }"""
        .formatted(q);
    var response = api.get("/sparql?query=" + enc(query));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode b : api.parse(response.body()).at("/results/bindings")) {
      out.add(b.at("/p/value").asString());
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
