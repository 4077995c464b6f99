package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;

/**
 * The subject IRIs of each segment of the text index by doc-values ordinal, decoded once per
 * segment: a search ranks up to a thousand subjects, and looking each up in the compressed terms
 * dictionary of the doc values cost a third of a search. A segment's values never change (the
 * index has no doc-values updates), so its array is kept until the segment is closed; a new
 * segment (a write, a merge) is decoded by the first search that meets it, in one sequential
 * pass. The arrays hold each subject once per segment it is in: a few megabytes at 35k papers.
 */
final class SubjectNames {
  private final Map<IndexReader.CacheKey, String[]> bySegment = new ConcurrentHashMap<>();

  /** The IRIs of {@code segment}'s subjects, by ordinal of its {@link AllWordsTextIndex#SUBJECT_VALUES}. */
  String[] of(LeafReader segment) {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return decode(segment);
    }
    return bySegment.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(bySegment::remove);
      return decode(segment);
    });
  }

  /** How many segments have their names decoded: for tests. */
  int segments() {
    return bySegment.size();
  }

  private static String[] decode(LeafReader segment) {
    try {
      SortedDocValues values = segment.getSortedDocValues(AllWordsTextIndex.SUBJECT_VALUES);
      if (values == null) {
        return new String[0];
      }
      String[] names = new String[values.getValueCount()];
      TermsEnum terms = values.termsEnum();
      for (int ord = 0; ord < names.length; ord++) {
        names[ord] = terms.next().utf8ToString();
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the subjects of the full-text index", e);
    }
  }
}
