package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.QueryFactory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code text:query} requires every word unless told otherwise, and keeps the rest of Lucene's syntax. */
class AllWordsTextIndexTest {
  private static final String EX = "http://example.org/";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "diffusion                   | diffusion",
    "Graph Neural                | +graph +neural",
    "multi-flow network          | +multi +flow +network",
    "graph OR neural             | graph neural",
    "graph -neural               | +graph -neural",
    "\"latent diffusion\"~2 model | +\"latent diffusion\"~2 +model",
    "diffu* net?ork              | +diffu* +net?ork",
    "difusion~1                  | difusion~1",
    "(graph OR gnn) networks     | +(graph gnn) +networks",
    "graph^2 neural              | +(graph)^2.0 +neural",
    "uri:\"http://x/a\"           | uri:http\\:\\/\\/x\\/a",
  })
  void queriesAreWrittenWithEveryOperatorExplicit(String query, String written) {
    AllWordsTextIndex index = TextIndexing.lucene(new ByteBuffersDirectory());
    try {
      assertThat(index.requireAll(query)).isEqualTo(written);
    } finally {
      index.close();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "diffusion                  | a b",
    "versatile diffusion        | a",
    "latent diffusion           | b",
    "versatile latent           | ''",
    "versatile OR latent        | a b",
    "diffusion -latent          | a",
    "\"diffusion versatile\"     | ''",
    "vers*                      | a",
    "multi-flow                 | a",
    "[a TO z]                   | a b",
  })
  void textQueryInSparqlRequiresEveryWord(String query, String expected) {
    try (GraphStore store = GraphStores.memory()) {
      store.replaceGraphs(Map.of(
          EX + "g/a", turtle("ex:a dcterms:title \"Versatile Diffusion: a multi-flow network\" ."),
          EX + "g/b", turtle("ex:b dcterms:title \"Latent Diffusion\" .")));
      TreeSet<String> found = store.query(
          QueryFactory.create("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query '" + query.replace("\\", "\\\\").replace("'", "\\'") + "' }"),
          qe -> {
            TreeSet<String> out = new TreeSet<>();
            qe.execSelect().forEachRemaining(s -> out.add(s.getResource("s").getURI().substring(EX.length())));
            return out;
          });
      assertThat(found).containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }
  }
}
