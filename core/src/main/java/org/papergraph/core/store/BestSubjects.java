package org.papergraph.core.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best subjects of the documents matching a query, each with the score of its best document:
 * every match is counted by its subject's doc-values ordinal as it is scored, so that no hit is
 * ranked or kept (a top-hits collector deep enough for a thousand subjects kept a heap of
 * thousands of literals), and only the subjects that can make the cut are named, by their
 * segment's {@link SubjectNames}.
 *
 * <p>Exact: the (segment, subject) pairs are named best first, one score at a time (every pair
 * of that score), until {@code limit} distinct IRIs are found; a subject seen first at a score
 * has its best score there, and any subject not seen scores lower than all those found. Blank nodes have no IRI to report and take no place. Best first; equal
 * scores by IRI.
 */
final class BestSubjects implements Collector {
  private final int limit;
  private final SubjectNames names;
  // Per segment collected, its subjects' IRIs by ordinal.
  private final List<String[]> segments = new ArrayList<>();
  // One entry per (segment, subject ordinal) that matched.
  private int[] segmentOf = new int[64];
  private int[] ordOf = new int[64];
  private float[] scoreOf = new float[64];
  private int entries;
  private Leaf leaf;

  private BestSubjects(int limit, SubjectNames names) {
    this.limit = limit;
    this.names = names;
  }

  /** The best {@code limit} subjects of the documents matching {@code query}, best first. */
  static List<Map.Entry<String, Float>> of(IndexSearcher searcher, Query query, int limit, SubjectNames names) throws IOException {
    BestSubjects collector = new BestSubjects(limit, names);
    searcher.search(query, collector);
    collector.finishLeaf();
    return collector.best();
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    finishLeaf();
    SortedDocValues values = context.reader().getSortedDocValues(AllWordsTextIndex.SUBJECT_VALUES);
    if (values == null) {
      // A segment without subjects (only deleted documents, say): nothing in it to report.
      throw new CollectionTerminatedException();
    }
    segments.add(names.of(context.reader()));
    leaf = new Leaf(values);
    return leaf;
  }

  /** Adds the last segment's subjects to the entries. */
  private void finishLeaf() {
    if (leaf == null) {
      return;
    }
    Leaf done = leaf;
    leaf = null;
    int segment = segments.size() - 1;
    segmentOf = ArrayUtil.grow(segmentOf, entries + done.matched);
    ordOf = ArrayUtil.grow(ordOf, entries + done.matched);
    scoreOf = ArrayUtil.grow(scoreOf, entries + done.matched);
    for (int i = 0; i < done.matched; i++) {
      int ord = done.ords[i];
      segmentOf[entries] = segment;
      ordOf[entries] = ord;
      scoreOf[entries++] = done.scores[ord];
    }
  }

  private List<Map.Entry<String, Float>> best() {
    // Entry by score, as one sortable number: a non-negative float's bits order as the float.
    long[] byScore = new long[entries];
    for (int i = 0; i < entries; i++) {
      byScore[i] = ((long) Float.floatToIntBits(scoreOf[i]) << 32) | i;
    }
    Arrays.sort(byScore);
    // Named one score at a time, best first: a subject is ranked at the first (its best) score it
    // is met with, and only the subjects of one score need sorting among themselves, by IRI.
    List<Map.Entry<String, Float>> ranked = new ArrayList<>(Math.min(limit, entries));
    Set<String> named = new HashSet<>();
    List<String> tied = new ArrayList<>();
    int end = entries;
    while (end > 0 && ranked.size() < limit) {
      long bits = byScore[end - 1] >>> 32;
      int start = end - 1;
      while (start > 0 && (byScore[start - 1] >>> 32) == bits) {
        start--;
      }
      tied.clear();
      for (int i = start; i < end; i++) {
        int e = (int) byScore[i];
        String subject = segments.get(segmentOf[e])[ordOf[e]];
        if (!subject.startsWith("_:") && named.add(subject)) {
          tied.add(subject);
        }
      }
      tied.sort(null);
      Float score = Float.intBitsToFloat((int) bits);
      for (String subject : tied) {
        ranked.add(Map.entry(subject, score));
      }
      end = start;
    }
    return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
  }

  /** One segment: per subject ordinal the best score so far, and which ordinals matched. */
  private static final class Leaf implements LeafCollector {
    final SortedDocValues values;
    final float[] scores;
    final FixedBitSet seen;
    int[] ords = new int[16];
    int matched;
    private Scorable scorer;

    Leaf(SortedDocValues values) {
      this.values = values;
      this.scores = new float[values.getValueCount()];
      this.seen = new FixedBitSet(values.getValueCount());
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        return;
      }
      int ord = values.ordValue();
      // BM25 and constant scores are never negative, which the sort by score bits relies on.
      float score = Math.max(0f, scorer.score());
      if (!seen.getAndSet(ord)) {
        ords = ArrayUtil.grow(ords, matched + 1);
        ords[matched++] = ord;
        scores[ord] = score;
      } else if (score > scores[ord]) {
        scores[ord] = score;
      }
    }
  }
}
