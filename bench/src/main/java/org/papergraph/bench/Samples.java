package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;

/**
 * Values taken from the store for the queries and URL templates: papers, topics, venue series
 * and repository owners that exist, the busier ones first, so that the benchmark asks what users
 * would ask. Stored as {@code kind<TAB>value} lines.
 */
final class Samples {
  static final int LIMIT = 100;
  /** Words frequent in titles of this field, for the text search. */
  static final List<String> TERMS = List.of("diffusion", "graph", "language", "reinforcement", "quantum", "robot",
      "transformer", "federated", "segmentation", "benchmark", "retrieval", "agent");

  private final Map<String, List<String>> values;

  private Samples(Map<String, List<String>> values) {
    this.values = values;
  }

  List<String> get(String kind) {
    List<String> v = values.get(kind);
    if (v == null || v.isEmpty()) {
      throw new IllegalStateException("no sample values of kind '" + kind + "'");
    }
    return v;
  }

  /**
   * Writes the samples of the TDB2 store in STOREDIR (one Papergraph has ingested into and no
   * server holds open) to OUT, for bench/backends.
   *
   * <p>Usage: {@code Samples STOREDIR OUT}
   */
  public static void main(String[] args) throws IOException {
    try (GraphStore store = GraphStores.tdb2(Path.of(args[0]))) {
      sample(store).write(Path.of(args[1]));
    }
  }

  static Samples sample(GraphStore store) {
    Map<String, List<String>> v = new LinkedHashMap<>();
    v.put("paper", column(store, """
        PREFIX fabio: <http://purl.org/spar/fabio/>
        SELECT ?v WHERE { ?p fabio:hasArXivId ?v } ORDER BY MD5(STR(?v)) LIMIT %d""".formatted(LIMIT)));
    v.put("topic", column(store, """
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?v WHERE { ?p dcterms:subject ?v } GROUP BY ?v ORDER BY DESC(COUNT(?p)) LIMIT %d""".formatted(LIMIT)));
    v.put("venue", column(store, """
        PREFIX bibo: <http://purl.org/ontology/bibo/>
        PREFIX schema: <https://schema.org/>
        SELECT ?v WHERE { ?p bibo:presentedAt/schema:superEvent ?v } GROUP BY ?v ORDER BY DESC(COUNT(?p)) LIMIT %d""".formatted(LIMIT)));
    v.put("owner", column(store, """
        PREFIX pg: <https://w3id.org/papergraph/ns#>
        SELECT ?v WHERE { ?p pg:hasRepository/pg:owner ?v } GROUP BY ?v ORDER BY DESC(COUNT(?p)) LIMIT %d""".formatted(LIMIT)));
    v.put("term", TERMS);
    return new Samples(v);
  }

  private static List<String> column(GraphStore store, String sparql) {
    Query q = QueryFactory.create(sparql);
    return store.query(q, qe -> {
      List<String> out = new ArrayList<>();
      qe.execSelect().forEachRemaining(s -> {
        var n = s.get("v");
        out.add(n.isURIResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm());
      });
      return out;
    });
  }

  void write(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    values.forEach((kind, list) -> list.forEach(x -> lines.add(kind + "\t" + x)));
    Files.write(file, lines);
  }

  static Samples read(Path file) throws IOException {
    Map<String, List<String>> v = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(file + ": not a kind<TAB>value line: " + line);
      }
      v.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
    }
    return new Samples(v);
  }
}
