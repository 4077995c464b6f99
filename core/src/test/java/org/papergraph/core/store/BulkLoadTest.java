package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GraphStore#bulkLoad} on TDB2: what it loads, what the hooks and the text index see, and an interrupted load. */
class BulkLoadTest {
  static final Node TITLE = DCTerms.title.asNode();

  @Test
  void loadsTheQuadsIndexesTheirLiteralsAndShowsTheHooksEveryGraphOnce(@TempDir Path dir) {
    try (GraphStore store = GraphStores.tdb2(dir.resolve("tdb2"))) {
      List<WriteChanges> seen = new ArrayList<>();
      store.addWriteHook((changes, dataset) -> seen.add(changes));
      GraphStore.BulkLoad load = store.bulkLoad(sink -> {
        for (int i = 0; i < 50; i++) {
          Node g = NodeFactory.createURI("http://example.org/g/" + i);
          Node s = NodeFactory.createURI("http://example.org/s/" + i);
          sink.quad(Quad.create(g, s, TITLE, NodeFactory.createLiteralString("bulk loaded title number " + i)));
          sink.quad(Quad.create(g, s, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("id" + i)));
        }
      });
      assertThat(load.quads()).isEqualTo(100);
      assertThat(load.graphs()).isEqualTo(50);
      assertThat(store.size()).isEqualTo(100);
      assertThat(store.listGraphs()).hasSize(50);
      assertThat(store.searchText("title number", 100)).hasSize(50);
      assertThat(seen).hasSize(1);
      assertThat(seen.get(0).graphs()).hasSize(50).allSatisfy(c -> {
        assertThat(c.kind()).isEqualTo(GraphChange.Kind.CREATE);
        assertThat(c.quadsKnown()).isFalse();
      });
      assertThat(Files.exists(dir.resolve("tdb2").resolve(LocalDatasetStore.BULK_LOAD_MARKER))).isFalse();
    }
  }

  @Test
  void indexesTheLoadedLiteralsBesideTheStoresOwnAndNoneOfALoadThatFailed(@TempDir Path dir) {
    try (GraphStore store = GraphStores.tdb2(dir.resolve("tdb2"))) {
      Graph earlier = GraphFactory.createDefaultGraph();
      earlier.add(Triple.create(NodeFactory.createURI("http://example.org/s/earlier"), TITLE, NodeFactory.createLiteralString("an earlier paper on lenses")));
      store.replaceGraph("http://example.org/g/earlier", earlier);
      // More literals than one batch handed to the indexing thread.
      store.bulkLoad(sink -> {
        for (int i = 0; i < 2_500; i++) {
          Node g = NodeFactory.createURI("http://example.org/g/" + i);
          sink.quad(Quad.create(g, NodeFactory.createURI("http://example.org/s/" + i), TITLE, NodeFactory.createLiteralString("bulk loaded lenses " + i)));
        }
      });
      assertThat(store.searchText("lenses", 5_000)).hasSize(2_501);
      assertThat(store.searchText("earlier lenses", 10)).extracting(TextMatch::subject).containsExactly("http://example.org/s/earlier");

      Node s = NodeFactory.createURI("http://example.org/s/refused");
      long loaderThreadsBefore = loaderThreads();
      assertThatThrownBy(() -> store.bulkLoad(sink -> {
        sink.quad(Quad.create(NodeFactory.createURI("http://example.org/g/refused"), s, TITLE, NodeFactory.createLiteralString("refused optics")));
        sink.quad(Quad.create(Quad.defaultGraphIRI, s, TITLE, s));
      })).isInstanceOf(IllegalArgumentException.class);
      assertThat(loaderThreads()).as("the failed load's loader threads, stopped").isEqualTo(loaderThreadsBefore);
      assertThat(store.searchText("optics", 10)).isEmpty();
      assertThat(store.searchText("lenses", 5_000)).hasSize(2_501);
    }
  }

  /** Threads running TDB2's loader code: those of a load still running, or left behind by one. */
  private static long loaderThreads() {
    return Thread.getAllStackTraces().values().stream()
        .filter(stack -> Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.tdb2.loader.")))
        .count();
  }

  @Test
  void refusesATripleOutsideANamedGraph(@TempDir Path dir) {
    try (GraphStore store = GraphStores.tdb2(dir.resolve("tdb2"))) {
      Node s = NodeFactory.createURI("http://example.org/s");
      assertThatThrownBy(() -> store.bulkLoad(sink -> sink.quad(Quad.create(Quad.defaultGraphIRI, s, TITLE, s))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside any named graph");
    }
  }

  @Test
  void aStoreWhoseBulkLoadDidNotFinishIsNotOpened(@TempDir Path dir) throws Exception {
    Path location = dir.resolve("tdb2");
    Files.createDirectories(location);
    Files.createFile(location.resolve(LocalDatasetStore.BULK_LOAD_MARKER));
    assertThatThrownBy(() -> GraphStores.tdb2(location))
        .isInstanceOf(BulkLoadInterruptedException.class)
        .hasMessageContaining("did not finish").hasMessageContaining(location.toString());
  }
}
