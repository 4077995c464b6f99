package org.papergraph.core.store;

import java.util.List;
import java.util.Locale;

/**
 * The highlighted passages of {@link TextMatch#highlights}: HTML, each matched word wrapped in
 * {@code <em>...</em>}, everything else escaped, "…" where the text was cut.
 */
final class Highlights {
  /** Passage width of a highlight, in characters. */
  static final int WIDTH = 160;

  private Highlights() {}

  /**
   * A passage of {@code text} around the first occurrence of any of {@code words} (lower case),
   * each occurrence, as a case-insensitive substring, marked; null when none occurs. For stores
   * that match words as substrings, without an analyzer to say where words are.
   */
  static String ofSubstrings(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    // Lower-casing may change the length (a dotted capital I); then mark nothing rather than the wrong chars.
    if (lower.length() != text.length()) {
      lower = text;
    }
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
    int start = text.length() <= WIDTH ? 0 : Math.max(0, Math.min(first - WIDTH / 3, text.length() - WIDTH));
    int end = Math.min(text.length(), start + WIDTH);
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
        for (int k = i; k < i + w.length() && k < marked.length; k++) {
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
      sb.append(escape(String.valueOf(text.charAt(start + i))));
      if (marked[i] && (i == marked.length - 1 || !marked[i + 1])) {
        sb.append("</em>");
      }
    }
    if (end < text.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  /** {@code text} with the characters that mean something in HTML escaped. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    escape(text, 0, text.length(), sb);
    return sb.toString();
  }

  /** Appends {@code text[from, to)} to {@code out}, escaped as {@link #escape(String)} does. */
  static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }

  /** The inverse of {@link #escape}. */
  static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }
}
