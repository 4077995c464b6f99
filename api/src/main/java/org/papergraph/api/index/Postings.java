package org.papergraph.api.index;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds, per value, the ascending positions of the rows having it, each position once, with a
 * weight per position that sums the weights it was added with: add the rows in position order.
 */
final class Postings {
  /** One value's positions and, at the same index, their summed weights. */
  record List(int[] positions, int[] weights) {}

  private static final class Growing {
    int[] positions = new int[4];
    int[] weights = new int[4];
    int size;
  }

  private final Map<String, Growing> lists = new HashMap<>();

  void add(String value, int position) {
    add(value, position, 1);
  }

  void add(String value, int position, int weight) {
    Growing g = lists.computeIfAbsent(value, v -> new Growing());
    if (g.size > 0 && g.positions[g.size - 1] == position) {
      g.weights[g.size - 1] += weight;
      return;
    }
    if (g.size == g.positions.length) {
      g.positions = Arrays.copyOf(g.positions, g.size * 2);
      g.weights = Arrays.copyOf(g.weights, g.size * 2);
    }
    g.positions[g.size] = position;
    g.weights[g.size] = weight;
    g.size++;
  }

  /** The positions per value. */
  Map<String, int[]> positions() {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((v, g) -> out.put(v, Arrays.copyOf(g.positions, g.size)));
    return Collections.unmodifiableMap(out);
  }

  /** The positions and weights per value. */
  Map<String, List> weighted() {
    Map<String, List> out = new HashMap<>();
    lists.forEach((v, g) -> out.put(v, new List(Arrays.copyOf(g.positions, g.size), Arrays.copyOf(g.weights, g.size))));
    return Collections.unmodifiableMap(out);
  }
}
