package org.papergraph.ingest.extract.topic;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Topic slugs: the source's local name, percent-decoded, with every run of other characters as one {@code -}. */
final class Slugs {
  private Slugs() {}

  static String of(String localName) {
    String decoded = URLDecoder.decode(localName.replace("+", "%2B"), StandardCharsets.UTF_8);
    String slug = decoded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("no slug can be made from the local name '" + localName + "'");
    }
    return slug;
  }
}
