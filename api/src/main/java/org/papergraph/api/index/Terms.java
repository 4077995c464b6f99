package org.papergraph.api.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.papergraph.core.store.TextWords;

/**
 * The words of a query, as the REST API checks them before a search, and the autocomplete rule
 * of the topic and venue lists. The search itself is the store's
 * ({@link org.papergraph.core.store.GraphStore#searchText}).
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

  @Override
  public String toString() {
    return String.join(" ", new ArrayList<>(words));
  }
}
