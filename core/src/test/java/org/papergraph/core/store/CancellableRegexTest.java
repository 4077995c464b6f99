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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    assertStopsAtTheTimeout(RUNAWAY);
  }

  /** Every other way to match a pattern: each backtracks on the same string as long as REGEX does. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "REGEX(?x, \"(.*a){12}$\", \"i\")",
        "REPLACE(?x, \"(.*a){12}$\", \"b\")",
        "REPLACE(?x, \"(.*a){12}$\", \"b\", \"s\")",
        "<http://www.w3.org/2005/xpath-functions#matches>(?x, \"(.*a){12}$\")",
        "<http://www.w3.org/2005/xpath-functions#matches>(?x, \"(.*A){12}$\", \"i\")",
        "<http://www.w3.org/2005/xpath-functions#replace>(?x, \"(.*a){12}$\", \"b\")",
        "<http://www.w3.org/2005/xpath-functions#replace>(?x, \"(.*a){12}$\", \"b\", \"m\")"
      })
  void aBacktrackingPatternStopsAtTheQueryTimeoutInEveryFunction(String call) {
    assertStopsAtTheTimeout("SELECT ?m WHERE { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?x) BIND(" + call + " AS ?m) }");
  }

  private void assertStopsAtTheTimeout(String query) {
    long start = System.nanoTime();
    assertThatThrownBy(() -> store.query(QueryFactory.create(query), 1_000, qe -> rows(qe.execSelect(), "m")))
        .isInstanceOf(QueryCancelledException.class);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(millis).as("stopped %d ms after the start, with a limit of 1000 ms", millis).isLessThan(4_000);
  }

  @Test
  void replaceAndTheXPathFunctionsStillAnswerAsJenaDoes() {
    String query =
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?r WHERE { VALUES (?x ?p ?s ?f) {"
            + " (\"Graph Neural\"@en \"graph\" \"G\" \"i\") (\"abcabc\" \"b\" \"[$0]\" \"\") (\"abc\" \"z\" \"y\" \"\") (\"aaa\" \"x*\" \"-\" \"\") }"
            + " BIND(REPLACE(?x, ?p, ?s, ?f) AS ?r) }";
    List<String> replaced = store.query(QueryFactory.create(query), 1_000, qe -> rowsWithLang(qe.execSelect(), "r"));
    assertThat(replaced).containsExactly("G Neural@en", "a[b]ca[b]c", "abc", "-aaa");
    String xpath =
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?m ?r WHERE { BIND(\"Diffusion\" AS ?x)"
            + " BIND(fn:matches(?x, \"^d\", \"i\") AS ?m) BIND(fn:replace(?x, \"f+\", \"F\") AS ?r) }";
    String answered =
        store.query(QueryFactory.create(xpath), 1_000, qe -> {
          QuerySolution s = qe.execSelect().next();
          return s.getLiteral("m").getLexicalForm() + " " + s.getLiteral("r").getLexicalForm();
        });
    assertThat(answered).isEqualTo("true DiFusion");
  }

  private static List<String> rowsWithLang(ResultSet rs, String var) {
    List<String> out = new ArrayList<>();
    while (rs.hasNext()) {
      var literal = rs.next().getLiteral(var);
      out.add(literal.getLexicalForm() + (literal.getLanguage().isEmpty() ? "" : "@" + literal.getLanguage()));
    }
    return out;
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
