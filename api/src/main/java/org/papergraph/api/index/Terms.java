package org.papergraph.api.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text query, and how well a text matches them: case-insensitive substring
 * matching, every word required. A stand-in for a full-text index with the same contract.
 */
public final class Terms {
  private final List<String> words;

  private Terms(List<String> words) {
    this.words = words;
  }

  /** The words of {@code q}: split on anything but letters and digits, lower case, duplicates removed. */
  public static Terms of(String q) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return new Terms(List.copyOf(out));
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
    int n = 0;
    for (String w : words) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length())) {
        n++;
      }
    }
    return n;
  }

  /**
   * A short passage of {@code text} around the first match, with each match wrapped in
   * {@code <em>...</em>} and the rest HTML-escaped; null when nothing matches.
   */
  public String highlight(String text, int width) {
    if (text == null) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int first = -1;
    for (String w : words) {
      int i = lower.indexOf(w);
      if (i >= 0 && (first < 0 || i < first)) {
        first = i;
      }
    }
    if (first < 0) {
      return null;
    }
    int start = text.length() <= width ? 0 : Math.max(0, Math.min(first - width / 3, text.length() - width));
    int end = Math.min(text.length(), start + width);
    // Do not cut a word in half at either end.
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && start < first) {
      start++;
    }
    while (end < text.length() && Character.isLetterOrDigit(text.charAt(end)) && end > start) {
      end--;
    }
    boolean[] marked = new boolean[end - start];
    String window = lower.substring(start, end);
    for (String w : words) {
      for (int i = window.indexOf(w); i >= 0; i = window.indexOf(w, i + 1)) {
        for (int k = i; k < i + w.length(); k++) {
          marked[k] = true;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    if (start > 0) {
      sb.append('…');
    }
    for (int i = 0; i < marked.length; i++) {
      if (marked[i] && (i == 0 || !marked[i - 1])) {
        sb.append("<em>");
      }
      escape(sb, text.charAt(start + i));
      if (marked[i] && (i == marked.length - 1 || !marked[i + 1])) {
        sb.append("</em>");
      }
    }
    if (end < text.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  private static void escape(StringBuilder sb, char c) {
    switch (c) {
      case '<' -> sb.append("&lt;");
      case '>' -> sb.append("&gt;");
      case '&' -> sb.append("&amp;");
      case '"' -> sb.append("&quot;");
      default -> sb.append(c);
    }
  }

  @Override
  public String toString() {
    return String.join(" ", new ArrayList<>(words));
  }
}
