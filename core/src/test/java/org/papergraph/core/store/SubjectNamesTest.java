package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** {@link SubjectNames}: each segment's subjects by ordinal, kept while the segment is open. */
class SubjectNamesTest {
  private static final String EX = "http://example.org/";

  @Test
  void namesEachSegmentsSubjectsByOrdinalUntilTheSegmentCloses() throws IOException {
    AllWordsTextIndex index = TextIndexing.lucene(new ByteBuffersDirectory());
    try {
      add(index, "b", "graph");
      add(index, "a", "neural graph");
      index.commit();
      add(index, "c", "graph of things");
      add(index, "a", "quantum");
      index.commit();

      List<List<String>> names = index.search(searcher -> {
        List<List<String>> out = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          String[] byOrd = index.subjectNames().of(leaf.reader());
          SortedDocValues values = leaf.reader().getSortedDocValues(AllWordsTextIndex.SUBJECT_VALUES);
          for (int ord = 0; ord < values.getValueCount(); ord++) {
            assertThat(byOrd[ord]).isEqualTo(values.lookupOrd(ord).utf8ToString());
          }
          // Asked again, the same array: decoded once.
          assertThat(index.subjectNames().of(leaf.reader())).isSameAs(byOrd);
          out.add(List.of(byOrd));
        }
        return out;
      });

      assertThat(names).containsExactly(List.of(EX + "a", EX + "b"), List.of(EX + "a", EX + "c"));
      assertThat(index.subjectNames().segments()).isEqualTo(2);

      // Merged into one: the next search opens the merged segment, and the two are closed.
      index.getIndexWriter().forceMerge(1);
      index.commit();
      List<String> merged = index.search(searcher -> List.of(index.subjectNames().of(searcher.getIndexReader().leaves().get(0).reader())));
      assertThat(merged).containsExactly(EX + "a", EX + "b", EX + "c");
      assertThat(index.subjectNames().segments()).isEqualTo(1);
    } finally {
      index.close();
    }
  }

  private static void add(AllWordsTextIndex index, String subject, String text) {
    index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), NodeFactory.createURI(EX + "g"), NodeFactory.createURI(EX + subject),
        DCTerms.title.asNode(), NodeFactory.createLiteralString(text)));
  }
}
