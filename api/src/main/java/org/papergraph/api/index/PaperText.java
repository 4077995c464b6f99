package org.papergraph.api.index;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The titles and abstracts of one paper-index snapshot, lower-cased once, with a dictionary of
 * their words and, per word, the positions of the papers containing it.
 *
 * <p>It answers exactly what {@link Terms#allIn} answers (every query word a case-insensitive
 * substring of the title or abstract) without reading every text. A query word holds only
 * letters and digits, so wherever it occurs in a text it lies inside one maximal run of letters
 * and digits, which is one dictionary word here. The papers matching a query word are therefore
 * those of the dictionary words that contain it, and the dictionary is far smaller than the
 * texts.
 */
public final class PaperText {
  /** A title's word counts three times an abstract's in the relevance score. */
  static final int TITLE_WEIGHT = 3;

  private final String[] words;
  // Per three-char sequence, the dictionary words containing it, by index: a query word of three
  // chars or more is looked for only in the words that contain its rarest sequence.
  private final Map<String, int[]> trigrams;
  // Every dictionary word, by index: where a query word is too short to have a trigram.
  private final int[] allWords;
  // Per dictionary word: the papers containing it, and per paper how often, a title's
  // occurrence weighing TITLE_WEIGHT: the relevance score is summed from these, without
  // reading the texts again.
  private final int[][] postings;
  private final int[][] weights;
  private final int size;

  private PaperText(String[] words, int[][] postings, int[][] weights, int size) {
    this.words = words;
    Postings grams = new Postings();
    for (int k = 0; k < words.length; k++) {
      for (int c = 0; c + 3 <= words[k].length(); c++) {
        grams.add(words[k].substring(c, c + 3), k);
      }
    }
    this.trigrams = grams.positions();
    this.allWords = IntStream.range(0, words.length).toArray();
    this.postings = postings;
    this.weights = weights;
    this.size = size;
  }

  /** Indexes the rows of {@code snap}, in their order. */
  public static PaperText of(PaperIndex.Snapshot snap) {
    List<PaperIndex.Row> rows = snap.rows();
    int n = rows.size();
    Postings words = new Postings();
    for (int i = 0; i < n; i++) {
      PaperIndex.Row r = rows.get(i);
      String[] texts = {lower(r.title()), lower(r.abstractText())};
      for (int f = 0; f < texts.length; f++) {
        String text = texts[f];
        int weight = f == 0 ? TITLE_WEIGHT : 1;
        int start = -1;
        for (int k = 0; k <= text.length(); k++) {
          boolean inWord = k < text.length() && isWordChar(text.charAt(k));
          if (inWord && start < 0) {
            start = k;
          } else if (!inWord && start >= 0) {
            words.add(text.substring(start, k), i, weight);
            start = -1;
          }
        }
      }
    }
    Map<String, Postings.List> byWord = words.weighted();
    String[] dictionary = byWord.keySet().toArray(String[]::new);
    int[][] postings = new int[dictionary.length][];
    int[][] weights = new int[dictionary.length][];
    for (int k = 0; k < dictionary.length; k++) {
      postings[k] = byWord.get(dictionary[k]).positions();
      weights[k] = byWord.get(dictionary[k]).weights();
    }
    return new PaperText(dictionary, postings, weights, n);
  }

  /**
   * The papers whose title or abstract contains every word of {@code terms}, by position, with
   * their relevance: {@link Terms#occurrences} of the title times {@link #TITLE_WEIGHT} plus
   * that of the abstract. A query word's occurrences in a text are the sum of its
   * non-overlapping occurrences in the text's words, which the postings count.
   */
  public Scores scored(Terms terms) {
    BitSet all = null;
    int[] score = new int[size];
    for (String q : terms.words()) {
      BitSet one = new BitSet(size);
      for (int k : candidates(q)) {
        int inWord = occurrences(words[k], q);
        if (inWord > 0) {
          int[] p = postings[k];
          int[] w = weights[k];
          for (int j = 0; j < p.length; j++) {
            one.set(p[j]);
            score[p[j]] += inWord * w[j];
          }
        }
      }
      if (all == null) {
        all = one;
      } else {
        all.and(one);
      }
      if (all.isEmpty()) {
        break;
      }
    }
    return new Scores(all == null ? new BitSet() : all, score);
  }

  /** The matching papers' positions, and the relevance score by position. */
  public record Scores(BitSet matching, int[] scores) {
    public int score(int position) {
      return scores[position];
    }
  }

  /** The dictionary words that may contain {@code q}: all of them, or those sharing its rarest trigram. */
  private int[] candidates(String q) {
    if (q.length() < 3) {
      return allWords;
    }
    int[] rarest = null;
    for (int c = 0; c + 3 <= q.length(); c++) {
      int[] list = trigrams.get(q.substring(c, c + 3));
      if (list == null) {
        return new int[0];
      }
      if (rarest == null || list.length < rarest.length) {
        rarest = list;
      }
    }
    return rarest;
  }

  private static int occurrences(String word, String q) {
    int n = 0;
    for (int i = word.indexOf(q); i >= 0; i = word.indexOf(q, i + q.length())) {
      n++;
    }
    return n;
  }

  // Every char of a letter or digit code point counts, surrogates included (a supplementary
  // letter is two surrogates). Counting a few more chars than that only makes dictionary words
  // longer, which keeps the equivalence: a query word inside a text is still inside one of them.
  private static boolean isWordChar(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
        || Character.isSurrogate(c);
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
