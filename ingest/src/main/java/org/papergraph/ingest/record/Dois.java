package org.papergraph.ingest.record;

import java.util.Locale;
import java.util.regex.Pattern;

/** DOI syntax and normalisation. DOIs are case-insensitive, so the canonical form is lower case. */
public final class Dois {
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

  private Dois() {}

  /** The normalised DOI, or null when the text is not a DOI. Accepts doi.org URLs and "doi:". */
  public static String normalise(String text) {
    String t = text.strip();
    for (String prefix : new String[] {"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"}) {
      if (t.regionMatches(true, 0, prefix, 0, prefix.length())) {
        t = t.substring(prefix.length());
        break;
      }
    }
    // A trailing sentence mark is punctuation around the DOI, not part of it.
    while (!t.isEmpty() && ".,;".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return DOI.matcher(t).matches() ? t.toLowerCase(Locale.ROOT) : null;
  }
}
