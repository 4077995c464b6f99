package org.papergraph.ingest.extract.topic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values keyed by word sequences ({@link WordKeys#key} keys: words joined by one space), looked up
 * along the words of a text without joining them into a key first. The tagger asks, at every word
 * of every abstract, which labels start there: one walk down the trie answers for every length at
 * once, where a map of joined keys needs a new string per length tried.
 *
 * <p>Filled once, then only read: safe to read from several threads once built.
 */
final class WordTrie<V> {
  private final Node<V> root = new Node<>();

  private static final class Node<V> {
    private Map<String, Node<V>> next;
    private V value;

    Node<V> child(String word) {
      return next == null ? null : next.get(word);
    }

    Node<V> childOrNew(String word) {
      if (next == null) {
        next = new HashMap<>(4);
      }
      return next.computeIfAbsent(word, w -> new Node<>());
    }
  }

  /** Sets the value of {@code key}, replacing any value it had. */
  void put(String key, V value) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a key needs at least one word");
    }
    Node<V> node = root;
    for (String word : key.split(" ", -1)) {
      node = node.childOrNew(word);
    }
    node.value = value;
  }

  /** The value of the words {@code from} (inclusive) to {@code to} (exclusive), or null. */
  V get(List<String> words, int from, int to) {
    if (from >= to) {
      return null;
    }
    Node<V> node = root;
    for (int k = from; k < to && node != null; k++) {
      node = node.child(words.get(k));
    }
    return node == null ? null : node.value;
  }

  /**
   * The values of the word sequences that start at {@code from}, for every length from 1 to
   * {@code max}: {@code out[n - 1]} is the value of the {@code n} words, null where none. Returns
   * the greatest length filled in; {@code out} is left as it was beyond it.
   */
  int along(List<String> words, int from, int max, V[] out) {
    int end = Math.min(words.size(), from + max);
    Node<V> node = root;
    int n = 0;
    for (int k = from; k < end; k++) {
      node = node.child(words.get(k));
      if (node == null) {
        break;
      }
      out[n++] = node.value;
    }
    return n;
  }
}
