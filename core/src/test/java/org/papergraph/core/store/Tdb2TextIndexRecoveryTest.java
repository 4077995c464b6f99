package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed between the TDB2 commit and the Lucene commit leaves the index behind the
 * data, with the write marker still in place: the next open rebuilds the index from the data.
 * So do an index an older version wrote and a deleted index.
 */
class Tdb2TextIndexRecoveryTest {
  @TempDir Path dir;

  private Path tdb2;
  private Path lucene;
  private StoreConfig config;

  @BeforeEach
  void storeWithOneTitle() {
    tdb2 = dir.resolve("tdb2");
    lucene = dir.resolve("lucene");
    config = StoreConfig.tdb2(tdb2, lucene);
    try (GraphStore store = GraphStores.open(config)) {
      store.replaceGraph("http://example.org/g1", turtle("ex:p dcterms:title \"Versatile Diffusion\" ."));
      assertThat(Files.exists(tdb2.resolve(LocalDatasetStore.WRITE_MARKER))).as("no marker after a finished write").isFalse();
    }
  }

  private void deleteIndex() throws Exception {
    try (Stream<Path> files = Files.walk(lucene)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private void assertFoundAfterOpen() {
    try (GraphStore store = GraphStores.open(config)) {
      assertThat(store.searchText("diffusion", 10)).extracting(TextMatch::subject).containsExactly("http://example.org/p");
    }
  }

  @Test
  void anInterruptedWriteMakesTheNextOpenRebuildTheIndex() throws Exception {
    // What a kill -9 between the two commits leaves: data committed, index without it, marker.
    deleteIndex();
    Files.createFile(tdb2.resolve(LocalDatasetStore.WRITE_MARKER));

    assertFoundAfterOpen();
    assertThat(Files.exists(tdb2.resolve(LocalDatasetStore.WRITE_MARKER))).isFalse();
  }

  @Test
  void anIndexWrittenWithoutSubjectValuesIsRebuiltOnOpen() throws Exception {
    // The index as an older version wrote it: the same document, without the subject's doc values.
    try (FSDirectory directory = FSDirectory.open(lucene);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.deleteAll();
      Document doc = new Document();
      doc.add(new StringField(TextIndexing.ENTITY_FIELD, "http://example.org/p", Field.Store.YES));
      doc.add(new StringField(TextIndexing.GRAPH_FIELD, "http://example.org/g1", Field.Store.YES));
      doc.add(new TextField(TextIndexing.TEXT_FIELD, "Versatile Diffusion", Field.Store.YES));
      writer.addDocument(doc);
      writer.commit();
    }

    assertFoundAfterOpen();
  }

  @Test
  void aDeletedIndexIsRebuiltOnOpen() throws Exception {
    // The index directory deleted (or replaced by an empty one), the data left: no marker says so.
    deleteIndex();

    assertFoundAfterOpen();
  }
}
