package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every form of SPARQL update that writes the default graph, run through
 * {@link DefaultGraphWrites} on a store whose queries see the union of the named graphs: what is
 * written is seen by a query, and what is deleted is gone from it.
 */
class DefaultGraphWritesTest {
  private static final String DEFAULT = "http://example.org/graph/default";
  private static final String OTHER = "http://example.org/graph/other";

  private final GraphStore store = GraphStores.memory();

  @AfterEach
  void close() {
    store.close();
  }

  private void update(String text) {
    store.update(DefaultGraphWrites.into(DEFAULT, UpdateFactory.create(text)));
  }

  private boolean ask(String text) {
    return store.query(QueryFactory.create(text), qe -> qe.execAsk());
  }

  private long size(String graph) {
    return store.getGraph(graph).size();
  }

  @Test
  void insertDataWithoutAGraphIsSeenByQueries() {
    update("INSERT DATA { <urn:d> <urn:b> 4 }");
    assertThat(ask("ASK { <urn:d> <urn:b> 4 }")).isTrue();
    assertThat(ask("ASK { GRAPH <" + DEFAULT + "> { <urn:d> <urn:b> 4 } }")).isTrue();
  }

  @Test
  void deleteDataWithoutAGraphRemovesWhatWasInserted() {
    update("INSERT DATA { <urn:d> <urn:b> 4 . <urn:d> <urn:b> 5 }");
    update("DELETE DATA { <urn:d> <urn:b> 4 }");
    assertThat(ask("ASK { <urn:d> <urn:b> 4 }")).isFalse();
    assertThat(ask("ASK { <urn:d> <urn:b> 5 }")).isTrue();
  }

  @Test
  void deleteWhereRemovesFromTheDefaultGraphOnly() {
    update("INSERT DATA { <urn:d> <urn:b> 4 . GRAPH <" + OTHER + "> { <urn:d> <urn:b> 9 } }");
    update("DELETE WHERE { <urn:d> <urn:b> ?o }");
    assertThat(size(DEFAULT)).isZero();
    assertThat(ask("ASK { <urn:d> <urn:b> 9 }")).as("a named graph keeps its triple").isTrue();
  }

  @Test
  void insertWhereMatchesTheUnionAndWritesTheDefaultGraph() {
    update("INSERT DATA { GRAPH <" + OTHER + "> { <urn:a> <urn:p> 1 } }");
    update("INSERT { ?s <urn:copied> ?o } WHERE { ?s <urn:p> ?o }");
    assertThat(ask("ASK { GRAPH <" + DEFAULT + "> { <urn:a> <urn:copied> 1 } }")).isTrue();
    update("DELETE { ?s <urn:copied> ?o } WHERE { ?s <urn:copied> ?o }");
    assertThat(ask("ASK { <urn:a> <urn:copied> 1 }")).isFalse();
  }

  @Test
  void withKeepsItsGraph() {
    update("INSERT DATA { GRAPH <" + OTHER + "> { <urn:a> <urn:p> 1 } }");
    update("WITH <" + OTHER + "> INSERT { ?s <urn:q> 2 } WHERE { ?s <urn:p> 1 }");
    assertThat(size(OTHER)).isEqualTo(2);
    assertThat(size(DEFAULT)).isZero();
  }

  @Test
  void clearAndDropDefaultEmptyTheDefaultGraphOnly() {
    update("INSERT DATA { <urn:d> <urn:b> 4 . GRAPH <" + OTHER + "> { <urn:d> <urn:b> 9 } }");
    update("CLEAR DEFAULT");
    assertThat(size(DEFAULT)).isZero();
    assertThat(size(OTHER)).isEqualTo(1);
    update("INSERT DATA { <urn:d> <urn:b> 4 }");
    update("DROP DEFAULT");
    assertThat(size(DEFAULT)).isZero();
    assertThat(size(OTHER)).isEqualTo(1);
  }

  @Test
  void addCopyAndMoveTakeDefaultAsThatGraph() {
    update("INSERT DATA { <urn:d> <urn:b> 4 }");
    update("COPY DEFAULT TO <" + OTHER + ">");
    assertThat(ask("ASK { GRAPH <" + OTHER + "> { <urn:d> <urn:b> 4 } }")).isTrue();
    update("DROP DEFAULT");
    update("MOVE <" + OTHER + "> TO DEFAULT");
    assertThat(size(OTHER)).isZero();
    assertThat(size(DEFAULT)).isEqualTo(1);
    update("ADD DEFAULT TO <" + OTHER + ">");
    assertThat(size(OTHER)).isEqualTo(1);
  }

  @Test
  void theAnnouncedGraphsAreKnown() {
    // Not run: LOAD is refused before any update reaches the store; its target is what counts.
    var request =
        DefaultGraphWrites.into(
            DEFAULT,
            UpdateFactory.create("INSERT DATA { <urn:d> <urn:b> 4 }; DELETE WHERE { <urn:d> <urn:b> ?o }; CLEAR DEFAULT; LOAD SILENT <http://127.0.0.1:9/x.ttl>"));
    assertThat(UpdateTargets.graphs(request)).containsExactly(DEFAULT);
  }
}
