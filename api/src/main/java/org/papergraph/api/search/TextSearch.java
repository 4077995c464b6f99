package org.papergraph.api.search;

import java.util.List;
import org.papergraph.api.index.Terms;

/**
 * Full-text search over papers, topics and venues: every word of the query must occur in the
 * matched texts, as a case-insensitive substring.
 */
public interface TextSearch {
  /** Papers whose title or abstract contain every word, best first. */
  Hits papers(Terms terms, int limit);

  /** Topics whose label or an alternative label contains every word. */
  Hits topics(Terms terms, int limit);

  /** Venue series whose acronym, name or an alias contains every word. */
  Hits venues(Terms terms, int limit);

  /** The total number of matches and the best {@code limit} of them. */
  record Hits(long count, List<Hit> results) {}

  /**
   * One match: its API id and href, label, score (higher is better) and per matched field a
   * passage with the matched words wrapped in {@code <em>}.
   */
  record Hit(String id, String iri, String label, String href, int score, java.util.Map<String, String> highlights) {}
}
