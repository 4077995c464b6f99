package org.papergraph.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): each item scores the sum,
 * over the rankings it is in, of {@code 1 / (k + rank)}, rank counted from 1. Only ranks count,
 * so rankings whose scores are not comparable (Lucene's BM25, cosine similarity) combine without
 * calibration; k damps the weight of the very first places.
 */
final class RankFusion {
  /** The k of the original paper, which it found good across collections. */
  static final int K = 60;

  private RankFusion() {}

  /** The items of {@code rankings} (each best first) by fused score, best first; ties by first appearance. */
  static List<Map.Entry<String, Double>> fuse(List<List<String>> rankings, int k) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (List<String> ranking : rankings) {
      for (int i = 0; i < ranking.size(); i++) {
        scores.merge(ranking.get(i), 1.0 / (k + i + 1), Double::sum);
      }
    }
    List<Map.Entry<String, Double>> out = new ArrayList<>(scores.entrySet());
    out.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    return out;
  }
}
