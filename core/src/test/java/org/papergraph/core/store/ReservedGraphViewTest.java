package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.Iris;

class ReservedGraphViewTest {
  private static final Node FEED = ReservedGraphView.FEED;
  private static final Node SYNC = ReservedGraphView.SYNC;
  private static final Node DATA = NodeFactory.createURI("http://example.org/g");
  private static final Node P = NodeFactory.createURI("http://example.org/p");

  @TempDir Path dir;

  private static Node uri(String s) {
    return NodeFactory.createURI(s);
  }

  private static Node n(int i) {
    return NodeFactory.createLiteralString(Integer.toString(i));
  }

  @Test
  void theTwoReservedGraphsShareTheStoredDefaultGraphToldApartBySubject() {
    DatasetGraph base = DatabaseMgr.createDatasetGraph();
    ReservedGraphView view = new ReservedGraphView(base);
    Txn.executeWrite(base, () -> {
      view.add(FEED, FEED, P, n(1));
      view.add(FEED, uri(Iris.FEED_GRAPH + ":1"), P, n(2));
      view.add(SYNC, SYNC, P, n(3));
      view.add(DATA, uri("http://example.org/a"), P, n(4));

      assertThat(base.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)).toIterable().hasSize(3);
      assertThat(base.listGraphNodes()).toIterable().containsExactly(DATA);
      assertThat(view.find(FEED, Node.ANY, Node.ANY, Node.ANY)).toIterable().extracting(Quad::getObject).containsExactlyInAnyOrder(n(1), n(2));
      assertThat(view.find(SYNC, Node.ANY, Node.ANY, Node.ANY)).toIterable().extracting(Quad::getObject).containsExactly(n(3));
      assertThat(view.find(Node.ANY, Node.ANY, P, Node.ANY)).toIterable().extracting(Quad::getGraph)
          .containsExactlyInAnyOrder(FEED, FEED, SYNC, DATA);
      assertThat(view.listGraphNodes()).toIterable().containsExactlyInAnyOrder(DATA, FEED, SYNC);
      assertThat(view.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)).as("the stored default graph reads as empty").isExhausted();

      view.deleteAny(FEED, Node.ANY, Node.ANY, Node.ANY);
      assertThat(view.containsGraph(FEED)).isFalse();
      assertThat(view.containsGraph(SYNC)).as("deleting the journal leaves the sync state").isTrue();
    });
  }

  @Test
  void writesOutsideTheTwoGraphsOrAgainstTheirSubjectsAreRefused() {
    DatasetGraph base = DatabaseMgr.createDatasetGraph();
    ReservedGraphView view = new ReservedGraphView(base);
    Txn.executeWrite(base, () -> {
      assertThatThrownBy(() -> view.add(SYNC, FEED, P, n(1))).isInstanceOf(ReservedGraphException.class).hasMessageContaining(Iris.SYNC_GRAPH);
      assertThatThrownBy(() -> view.add(FEED, SYNC, P, n(1))).isInstanceOf(ReservedGraphException.class);
      assertThatThrownBy(() -> view.add(uri(Iris.RESERVED_PREFIX + "other"), FEED, P, n(1)))
          .isInstanceOf(ReservedGraphException.class).hasMessageContaining("cannot be written");
      assertThatThrownBy(() -> view.add(Quad.defaultGraphIRI, FEED, P, n(1)))
          .isInstanceOf(ReservedGraphException.class).hasMessageContaining("stored default graph");
      assertThat(base.isEmpty()).isTrue();
    });
  }

  @Test
  void aStoreOfAnOlderLayoutHasItsJournalMovedAtOpenAndQueriesRunUnfilteredUnlessAClientNamedAReservedGraph() throws Exception {
    Path tdb = dir.resolve("older");
    Node elsewhere = uri(Iris.RESERVED_PREFIX + "elsewhere");
    DatasetGraph older = DatabaseMgr.connectDatasetGraph(tdb.toString());
    Txn.executeWrite(older, () -> {
      older.add(FEED, FEED, P, n(1));
      older.add(FEED, uri(Iris.FEED_GRAPH + ":1"), P, n(2));
      older.add(SYNC, SYNC, P, n(3));
      older.add(DATA, uri("http://example.org/a"), P, n(4));
    });
    TDBInternal.expel(older);

    try (GraphStore store = GraphStores.tdb2(tdb)) {
      LocalDatasetStore local = (LocalDatasetStore) store;
      assertThat(store.listGraphs()).containsExactly(DATA.getURI());
      assertThat(store.getGraph(Iris.SYNC_GRAPH).size()).isEqualTo(1);
      assertThat(store.getGraph(Iris.FEED_GRAPH).size()).isEqualTo(2);
      assertThat(count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);
      long inJournal = store.queryIncludingReserved(QueryFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH <" + Iris.FEED_GRAPH + "> { ?s ?p ?o } }"),
          qe -> qe.execSelect().next().getLiteral("n").getLong());
      assertThat(inJournal).isEqualTo(2);
      assertThat(Txn.calculateRead(local.base(), () -> local.base().containsGraph(FEED))).as("no longer a named graph").isFalse();
      assertThat(local.hidesLegacyReservedGraphs()).isFalse();
      // The write a sync makes: its state, replaced whole.
      store.replaceGraph(Iris.SYNC_GRAPH, GraphFactory.createPlainGraph());
      assertThat(store.containsGraph(Iris.SYNC_GRAPH)).isFalse();
      assertThat(store.getGraph(Iris.FEED_GRAPH).size()).isEqualTo(2);
    }

    // Found without such a graph, the directory is marked, and later opens do not list its graphs.
    Path marker = tdb.resolve(LocalDatasetStore.NO_RESERVED_GRAPHS_MARKER);
    assertThat(marker).exists();

    // What an older version let a client write under a reserved name stays hidden, by the filter:
    // in a directory this version has not opened yet, which has no marker.
    Files.delete(marker);
    DatasetGraph again = DatabaseMgr.connectDatasetGraph(tdb.toString());
    Txn.executeWrite(again, () -> again.add(elsewhere, uri("http://example.org/x"), P, n(5)));
    TDBInternal.expel(again);
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      assertThat(((LocalDatasetStore) store).hidesLegacyReservedGraphs()).isTrue();
      assertThat(count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).isEqualTo(1);
      assertThat(store.listGraphs()).containsExactly(DATA.getURI());
    }
    assertThat(marker).as("a directory holding such a graph is listed at every open").doesNotExist();
  }

  @Test
  void aBulkLoadRefusesReservedGraphNames() {
    try (GraphStore store = GraphStores.memory()) {
      assertThatThrownBy(() -> store.bulkLoad(out -> out.quad(Quad.create(uri(Iris.RESERVED_PREFIX + "mine"), uri("http://example.org/a"), P, n(1)))))
          .isInstanceOf(ReservedGraphException.class).hasMessageContaining("cannot be loaded");
    }
  }

  private static long count(GraphStore store, String query) {
    return store.query(QueryFactory.create(query), qe -> qe.execSelect().next().getLiteral("n").getLong());
  }
}
