package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2CompactionTest {
  @TempDir Path dir;

  private static Graph titled(String subject, String title) {
    Graph g = GraphFactory.createDefaultGraph();
    g.add(Triple.create(NodeFactory.createURI(subject), DCTerms.title.asNode(), NodeFactory.createLiteralString(title)));
    return g;
  }

  private static Dataset dump(GraphStore store) {
    Dataset ds = DatasetFactory.create();
    store.exportQuads(StreamRDFLib.dataset(ds.asDatasetGraph()));
    return ds;
  }

  @Test
  void compactionShrinksTheStoreKeepsItsDataAndItsTextIndexWorks() {
    Path tdb = dir.resolve("tdb2");
    Dataset before;
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      // Replacing the same graphs again and again leaves the old versions' space behind.
      for (int round = 0; round < 30; round++) {
        for (int i = 0; i < 20; i++) {
          store.replaceGraph("http://example.org/graph/" + i, titled("http://example.org/paper/" + i, "sparse tensor round " + round + " paper " + i));
        }
      }
      store.replaceGraph("http://example.org/graph/kept", titled("http://example.org/paper/kept", "compaction survivor"));
      before = dump(store);
    }

    Tdb2Compaction.Result result = Tdb2Compaction.compact(tdb);
    assertThat(result.bytesAfter()).isLessThan(result.bytesBefore());
    assertThat(Files.exists(tdb.resolve("Data-0001"))).as("the old generation is deleted").isFalse();
    assertThat(Files.isDirectory(tdb.resolve("Data-0002"))).isTrue();

    try (GraphStore store = GraphStores.tdb2(tdb)) {
      assertThat(IsoMatcher.isomorphic(before.asDatasetGraph(), dump(store).asDatasetGraph())).isTrue();
      assertThat(store.searchText("compaction survivor", 10)).extracting(TextMatch::subject).containsExactly("http://example.org/paper/kept");
      assertThat(store.searchText("round 29", 100)).hasSize(20);
      assertThat(store.searchText("round 28", 100)).isEmpty();
      // And the compacted store takes writes, indexed as ever.
      store.replaceGraph("http://example.org/graph/new", titled("http://example.org/paper/new", "written after compaction"));
      assertThat(store.searchText("written after", 10)).extracting(TextMatch::subject).containsExactly("http://example.org/paper/new");
      store.deleteGraphs(List.of("http://example.org/graph/kept"));
      assertThat(store.searchText("compaction survivor", 10)).isEmpty();
    }
  }

  @Test
  void aDirectoryWithoutAStoreIsRefused() {
    assertThatThrownBy(() -> Tdb2Compaction.compact(dir.resolve("nothing"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no TDB2 store in");
  }
}
