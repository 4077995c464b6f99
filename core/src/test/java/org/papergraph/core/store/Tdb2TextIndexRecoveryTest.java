package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed between the TDB2 commit and the Lucene commit leaves the index behind the
 * data, with the write marker still in place: the next open rebuilds the index from the data.
 */
class Tdb2TextIndexRecoveryTest {
  @TempDir Path dir;

  @Test
  void anInterruptedWriteMakesTheNextOpenRebuildTheIndex() throws Exception {
    Path tdb2 = dir.resolve("tdb2");
    Path lucene = dir.resolve("lucene");
    StoreConfig config = StoreConfig.tdb2(tdb2, lucene);
    try (GraphStore store = GraphStores.open(config)) {
      store.replaceGraph("http://example.org/g1", turtle("ex:p dcterms:title \"Versatile Diffusion\" ."));
      assertThat(Files.exists(tdb2.resolve(LocalDatasetStore.WRITE_MARKER))).as("no marker after a finished write").isFalse();
    }
    // What a kill -9 between the two commits leaves: data committed, index without it, marker.
    try (Stream<Path> files = Files.walk(lucene)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Files.createFile(tdb2.resolve(LocalDatasetStore.WRITE_MARKER));

    try (GraphStore store = GraphStores.open(config)) {
      assertThat(store.searchText("diffusion", 10)).extracting(TextMatch::subject).containsExactly("http://example.org/p");
    }
    assertThat(Files.exists(tdb2.resolve(LocalDatasetStore.WRITE_MARKER))).isFalse();
  }
}
