package org.papergraph.api.paper;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds, per value, the ascending positions of the rows having it, each position once: add the
 * rows in position order.
 */
final class Postings {
  private final Map<String, int[]> lists = new HashMap<>();
  private final Map<String, Integer> sizes = new HashMap<>();

  void add(String value, int position) {
    int n = sizes.getOrDefault(value, 0);
    int[] list = lists.get(value);
    if (list == null) {
      list = new int[4];
    } else if (list[n - 1] == position) {
      return;
    } else if (n == list.length) {
      list = Arrays.copyOf(list, n * 2);
    }
    list[n] = position;
    lists.put(value, list);
    sizes.put(value, n + 1);
  }

  Map<String, int[]> build() {
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((v, list) -> out.put(v, Arrays.copyOf(list, sizes.get(v))));
    return Collections.unmodifiableMap(out);
  }
}
