package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** {@link StoredLiterals}: each document's stored fields as stored, read once while its segment is open, within a bound. */
class StoredLiteralsTest {
  private static final String EX = "http://example.org/";

  @Test
  void readsEachDocumentOnceUntilItsSegmentCloses() throws IOException {
    AllWordsTextIndex index = TextIndexing.lucene(new ByteBuffersDirectory());
    try {
      add(index, "a", NodeFactory.createLiteralString("graph neural"));
      add(index, "b", NodeFactory.createLiteralLang("un graphe", "fr"));
      index.commit();
      add(index, "c", NodeFactory.createLiteralString("quantum <graph>"));
      index.commit();
      StoredLiterals stored = new StoredLiterals();

      List<StoredLiterals.Doc> docs = index.search(searcher -> {
        List<StoredLiterals.Doc> out = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            StoredLiterals.Doc read = stored.of(leaf.reader(), doc);
            Document d = leaf.reader().storedFields().document(doc);
            assertThat(read.subject()).isEqualTo(d.get(TextIndexing.ENTITY_FIELD));
            assertThat(read.literal().lexical()).isEqualTo(d.get(TextIndexing.TEXT_FIELD));
            assertThat(read.literal().graph()).isEqualTo(d.get(TextIndexing.GRAPH_FIELD));
            assertThat(read.literal().lang()).isEqualTo(d.get(TextIndexing.LANG_FIELD));
            // Asked again, the same object: read once.
            assertThat(stored.of(leaf.reader(), doc)).isSameAs(read);
            out.add(read);
          }
        }
        return out;
      });

      assertThat(docs).extracting(StoredLiterals.Doc::subject).containsExactly(EX + "a", EX + "b", EX + "c");
      assertThat(docs.get(1).literal().node()).isEqualTo(NodeFactory.createLiteralLang("un graphe", "fr"));
      assertThat(stored.size()).isEqualTo(3);
      assertThat(stored.segments()).isEqualTo(2);

      // Merged into one: the next search opens the merged segment, and the two are closed.
      index.getIndexWriter().forceMerge(1);
      index.commit();
      index.search(searcher -> stored.of(searcher.getIndexReader().leaves().get(0).reader(), 0));
      assertThat(stored.segments()).isEqualTo(1);
      assertThat(stored.size()).isEqualTo(1);
    } finally {
      index.close();
    }
  }

  @Test
  void dropsWhatItKeptWhenFull() throws IOException {
    AllWordsTextIndex index = TextIndexing.lucene(new ByteBuffersDirectory());
    try {
      for (int i = 0; i < 5; i++) {
        add(index, "s" + i, NodeFactory.createLiteralString("text " + i));
      }
      index.commit();
      StoredLiterals stored = new StoredLiterals(3);

      List<Integer> sizes = index.search(searcher -> {
        List<Integer> out = new ArrayList<>();
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        for (int doc = 0; doc < 5; doc++) {
          assertThat(stored.of(leaf.reader(), doc).literal().lexical()).isEqualTo("text " + doc);
          out.add(stored.size());
        }
        return out;
      });

      assertThat(sizes).containsExactly(1, 2, 3, 1, 2);
    } finally {
      index.close();
    }
  }

  private static void add(AllWordsTextIndex index, String subject, org.apache.jena.graph.Node literal) {
    index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), NodeFactory.createURI(EX + "g"), NodeFactory.createURI(EX + subject),
        DCTerms.title.asNode(), literal));
  }
}
