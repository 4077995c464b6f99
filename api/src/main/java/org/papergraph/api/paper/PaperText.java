package org.papergraph.api.paper;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.papergraph.api.search.Terms;

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
  private final String[] titles;
  private final String[] abstracts;
  private final String[] words;
  private final int[][] postings;
  private final int size;

  private PaperText(String[] titles, String[] abstracts, String[] words, int[][] postings) {
    this.titles = titles;
    this.abstracts = abstracts;
    this.words = words;
    this.postings = postings;
    this.size = titles.length;
  }

  /** Indexes the rows of {@code snap}, in their order. */
  public static PaperText of(PaperIndex.Snapshot snap) {
    List<PaperIndex.Row> rows = snap.rows();
    int n = rows.size();
    String[] titles = new String[n];
    String[] abstracts = new String[n];
    Postings words = new Postings();
    for (int i = 0; i < n; i++) {
      PaperIndex.Row r = rows.get(i);
      titles[i] = lower(r.title());
      abstracts[i] = lower(r.abstractText());
      for (String text : new String[] {titles[i], abstracts[i]}) {
        int start = -1;
        for (int k = 0; k <= text.length(); k++) {
          boolean inWord = k < text.length() && isWordChar(text.charAt(k));
          if (inWord && start < 0) {
            start = k;
          } else if (!inWord && start >= 0) {
            words.add(text.substring(start, k), i);
            start = -1;
          }
        }
      }
    }
    Map<String, int[]> byWord = words.build();
    String[] dictionary = byWord.keySet().toArray(String[]::new);
    int[][] postings = new int[dictionary.length][];
    for (int k = 0; k < dictionary.length; k++) {
      postings[k] = byWord.get(dictionary[k]);
    }
    return new PaperText(titles, abstracts, dictionary, postings);
  }

  /** The positions of the papers whose title or abstract contains every word of {@code terms}. */
  public BitSet matching(Terms terms) {
    BitSet all = null;
    for (String q : terms.words()) {
      BitSet one = new BitSet(size);
      for (int k = 0; k < words.length; k++) {
        if (words[k].contains(q)) {
          for (int p : postings[k]) {
            one.set(p);
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
    return all == null ? new BitSet() : all;
  }

  /** The relevance of paper {@code position}: word occurrences, a title's counting three times. */
  public int score(Terms terms, int position) {
    return 3 * terms.occurrencesInLowerCase(titles[position]) + terms.occurrencesInLowerCase(abstracts[position]);
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
