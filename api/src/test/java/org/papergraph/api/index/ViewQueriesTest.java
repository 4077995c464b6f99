package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.config.RestProperties;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;

/** The REST views' store queries stop at the configured time limit. */
class ViewQueriesTest {
  // 300 triples joined three ways: 27 million rows, far more than 200 ms allow.
  private static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

  private final GraphStore store = GraphStores.memory();

  ViewQueriesTest() {
    Graph g = GraphFactory.createDefaultGraph();
    for (int i = 0; i < 300; i++) {
      g.add(NodeFactory.createURI("urn:s" + i), RDFS.label.asNode(), NodeFactory.createLiteralString("label " + i));
    }
    store.replaceGraphs(Map.of("urn:g", g));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aQueryOverTheLimitIsStoppedWithTheTimeout() {
    ViewQueries queries = new ViewQueries(store, new RestProperties(Duration.ofMillis(200)));
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> queries.forEach(QueryFactory.create(CARTESIAN), row -> {}))
        .isInstanceOf(QueryCancelledException.class);
    // Stopped near the limit, not after running to the end.
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aQueryWithinTheLimitAnswers() {
    ViewQueries queries = new ViewQueries(store, new RestProperties(Duration.ofSeconds(30)));
    List<String> labels = new ArrayList<>();
    queries.forEach("SELECT ?l WHERE { ?s ?p ?l }", "s", "urn:s7", row -> labels.add(row.getLiteral("l").getString()));
    assertThat(labels).containsExactly("label 7");
  }
}
