package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StoreArchiveTest {
  @TempDir Path dir;

  private static void fill(GraphStore store) {
    store.replaceGraphs(
        Map.of(
            "http://example.org/graph/1",
            turtle("ex:a dcterms:title \"Diffusion \\\"models\\\"\\n二\"@en ; ex:src [ ex:line 3 ; ex:file \"f.txt\" ] ; ex:n 2.50 ."),
            "http://example.org/graph/2",
            turtle("ex:b ex:p ex:a ; ex:d \"2022-11-15\"^^<http://www.w3.org/2001/XMLSchema#date> ; ex:src [ ex:line 9 ] .")));
  }

  private static DatasetGraph snapshot(GraphStore store) {
    DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
    store.exportQuads(StreamRDFLib.dataset(dsg));
    return dsg;
  }

  @ParameterizedTest
  @EnumSource(StoreArchive.Format.class)
  void aRestoredArchiveIsIsomorphicToTheExportedStore(StoreArchive.Format format) throws Exception {
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    DatasetGraph before;
    try (GraphStore source = GraphStores.memory()) {
      fill(source);
      before = snapshot(source);
      StoreArchive.export(source, archive, format);
    }
    try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(archive.toByteArray()))) {
      String text = new String(gz.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("http://example.org/graph/1");
    }
    try (GraphStore target = GraphStores.tdb2(dir.resolve("tdb2"))) {
      StoreArchive.restore(target, new ByteArrayInputStream(archive.toByteArray()), format);
      DatasetGraph after = snapshot(target);
      assertThat(after.stream().count()).isEqualTo(before.stream().count()).isEqualTo(9);
      assertThat(IsoMatcher.isomorphic(before, after)).isTrue();
      assertThat(target.searchText("diffusion", 5)).extracting(TextMatch::subject).containsExactly("http://example.org/a");
    }
  }

  @Test
  void restoreRefusesAStoreThatHoldsData() {
    try (GraphStore target = GraphStores.memory()) {
      fill(target);
      assertThatThrownBy(() -> StoreArchive.restore(target, new ByteArrayInputStream(new byte[0]), StoreArchive.Format.NQUADS))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("empty store");
    }
  }

  @Test
  void theFormatFollowsTheFileName() {
    assertThat(StoreArchive.Format.ofFileName("backup.nq.gz")).isEqualTo(StoreArchive.Format.NQUADS);
    assertThat(StoreArchive.Format.ofFileName("backup.TRIG")).isEqualTo(StoreArchive.Format.TRIG);
    assertThatThrownBy(() -> StoreArchive.Format.ofFileName("backup.ttl")).hasMessageContaining(".nq.gz");
  }
}
