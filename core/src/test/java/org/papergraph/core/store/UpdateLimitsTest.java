package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limits of one SPARQL update on a local store: quads changed and time, over the whole update. */
class UpdateLimitsTest {
  private static final String G = "http://example.org/g";
  private static final String COPY = "http://example.org/copy";

  private final GraphStore store = GraphStores.memory();

  @AfterEach
  void close() {
    store.close();
  }

  private static UpdateRequest insertData(int triples) {
    StringBuilder sb = new StringBuilder("INSERT DATA { GRAPH <" + G + "> {\n");
    for (int i = 0; i < triples; i++) {
      sb.append("<urn:s").append(i).append("> <urn:p> ").append(i).append(" .\n");
    }
    return UpdateFactory.create(sb.append("} }").toString());
  }

  @Test
  void anUpdateThatWritesMoreQuadsThanAllowedIsRolledBackWhole() {
    store.update(insertData(30));
    UpdateRequest crossProduct = UpdateFactory.create("INSERT { GRAPH <" + COPY + "> { ?a <urn:q> ?b } } WHERE { ?a <urn:p> ?x . ?b <urn:p> ?y }");
    assertThatThrownBy(() -> store.update(crossProduct, 0, 500))
        .isInstanceOf(UpdateTooLargeException.class)
        .hasMessageContaining("more than 500 quads");
    assertThat(store.containsGraph(COPY)).isFalse();
    // Within the limit it runs.
    store.update(crossProduct, 0, 900);
    assertThat(store.getGraph(COPY).size()).isEqualTo(900);
  }

  @Test
  void deletesCountToo() {
    store.update(insertData(30));
    assertThatThrownBy(() -> store.update(UpdateFactory.create("DELETE WHERE { GRAPH <" + G + "> { ?s ?p ?o } }"), 0, 10))
        .isInstanceOf(UpdateTooLargeException.class);
    assertThat(store.getGraph(G).size()).isEqualTo(30);
  }

  @Test
  void theTimeLimitCoversTheWritingNotOnlyTheWhereClause() {
    // INSERT DATA has no WHERE clause at all: only the writing can run out of time.
    UpdateRequest big = insertData(200_000);
    assertThatThrownBy(() -> store.update(big, 1, 0)).isInstanceOf(QueryCancelledException.class);
    assertThat(store.containsGraph(G)).isFalse();
  }
}
