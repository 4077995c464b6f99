package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancellableRegexTest {
  // Backtracks for a very long time on a string of a's that does not end in one.
  private static final String RUNAWAY =
      "SELECT ?m WHERE { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?x) BIND(REGEX(?x, \"(.*a){12}$\") AS ?m) }";

  private final GraphStore store = GraphStores.memory();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aBacktrackingRegexStopsAtTheQueryTimeout() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> store.query(QueryFactory.create(RUNAWAY), 1_000, qe -> rows(qe.execSelect(), "m")))
        .isInstanceOf(QueryCancelledException.class);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("stopped %d ms after the start, with a limit of 1000 ms", millis).isLessThan(4_000);
  }

  @Test
  void regexStillMatchesAsSparqlSays() {
    String query =
        "SELECT ?m WHERE { VALUES (?x ?p ?f) { (\"Graph Neural\" \"^graph\" \"i\") (\"Graph\" \"^graph\" \"\") (\"a.b\" \".\" \"q\") (\"ab\" \".\" \"q\") } BIND(REGEX(?x, ?p, ?f) AS ?m) }";
    List<String> matched = store.query(QueryFactory.create(query), 1_000, qe -> rows(qe.execSelect(), "m"));
    assertThat(matched).containsExactly("true", "false", "true", "false");
    String filter = "SELECT ?x WHERE { VALUES ?x { \"diffusion\" \"transformer\" } FILTER REGEX(?x, \"^d\") }";
    List<String> kept = store.query(QueryFactory.create(filter), 1_000, qe -> rows(qe.execSelect(), "x"));
    assertThat(kept).containsExactly("diffusion");
  }

  private static List<String> rows(ResultSet rs, String var) {
    List<String> out = new ArrayList<>();
    while (rs.hasNext()) {
      QuerySolution s = rs.next();
      out.add(s.get(var) == null ? null : s.get(var).asLiteral().getLexicalForm());
    }
    return out;
  }
}
