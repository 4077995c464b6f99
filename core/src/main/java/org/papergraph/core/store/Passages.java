package org.papergraph.core.store;

import java.util.HashSet;
import java.util.Set;

/**
 * Which passage of a literal a highlight shows, from where its words are and which of them match:
 * the rule of Lucene's {@code Highlighter} with a {@code SimpleFragmenter}, for a literal read
 * whole and words that do not overlap. The literal is cut into passages after the word that ends
 * before the next multiple of the width is reached; a passage scores the number of different
 * matching words in it; the first of the best scoring wins, and none when no word matches.
 */
final class Passages {
  private Passages() {}

  /**
   * The start and end offsets of the best passage, or null when no word matches.
   *
   * @param starts the start offset of each word, in order
   * @param ends the end offset of each word; no word starts before the previous one ends
   * @param words each matching word as matched (equal words count once per passage), null for
   *     the words that do not match
   * @param count how many words there are
   * @param length the length of the literal
   * @param width the passage width in characters
   */
  static int[] best(int[] starts, int[] ends, String[] words, int count, int length, int width) {
    Set<String> inPassage = new HashSet<>();
    int bestScore = 0;
    int bestStart = -1;
    int bestEnd = -1;
    int start = 0;
    int lastEnd = 0;
    int passages = 1;
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        // The word before is written out; this word may begin the next passage.
        lastEnd = Math.max(ends[i - 1], lastEnd);
        if (ends[i] >= width * passages) {
          passages++;
          if (inPassage.size() > bestScore) {
            bestScore = inPassage.size();
            bestStart = start;
            bestEnd = lastEnd;
          }
          start = lastEnd;
          inPassage.clear();
        }
      }
      if (words[i] != null) {
        inPassage.add(words[i]);
      }
    }
    // The last passage runs to the end of the literal.
    if (inPassage.size() > bestScore) {
      bestStart = start;
      bestEnd = length;
    }
    return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
  }
}
