package org.papergraph.core.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words of a search text where no analyzer splits it: runs of letters and digits. */
public final class TextWords {
  private TextWords() {}

  /** The words of {@code text}: split on anything but letters and digits, lower case, each once. */
  public static List<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }
}
