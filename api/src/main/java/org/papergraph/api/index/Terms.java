package org.papergraph.api.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.papergraph.core.store.TextMatch;
import org.papergraph.core.store.TextWords;

/**
 * The words of a text query, and how well a text matches them: case-insensitive substring
 * matching, every word required. The rule of {@code /api/papers?q=}, answered from the paper
 * index ({@link PaperText}); {@code /api/search} asks the store's text index instead.
 */
public final class Terms {
  private final List<String> words;

  private Terms(List<String> words) {
    this.words = words;
  }

  /** The words of {@code q}: split on anything but letters and digits, lower case, duplicates removed. */
  public static Terms of(String q) {
    return new Terms(TextWords.of(q));
  }

  public boolean isEmpty() {
    return words.isEmpty();
  }

  public List<String> words() {
    return words;
  }

  /** True when every word occurs in at least one of the texts. */
  public boolean allIn(String... texts) {
    for (String w : words) {
      boolean found = false;
      for (String t : texts) {
        if (t != null && t.toLowerCase(Locale.ROOT).contains(w)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * What autocomplete matches a prefix against: each of {@code texts} and each of its words,
   * in lower case. Computed once per text, so that completing is a scan of short strings.
   */
  public static String[] completions(Collection<String> texts) {
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      if (text != null) {
        out.add(text.toLowerCase(Locale.ROOT));
        out.addAll(of(text).words());
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * True when {@code prefix} (lower case) starts one of {@code completions}, that is one of the
   * texts or of their words: the autocomplete rule.
   */
  public static boolean completes(String[] completions, String prefix) {
    for (String c : completions) {
      if (c.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** How many times the words occur in {@code text}, case-insensitively. */
  public int occurrences(String text) {
    return text == null ? 0 : occurrencesInLowerCase(text.toLowerCase(Locale.ROOT));
  }

  /** {@link #occurrences} for a text already in lower case ({@link Locale#ROOT}). */
  public int occurrencesInLowerCase(String lower) {
    return TextMatch.occurrences(lower, words);
  }

  @Override
  public String toString() {
    return String.join(" ", new ArrayList<>(words));
  }
}
