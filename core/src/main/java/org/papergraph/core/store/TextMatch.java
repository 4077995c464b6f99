package org.papergraph.core.store;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One subject found by {@link GraphStore#searchText}: the subject and how well it matched, and,
 * read on first use only (most matches of a large answer are counted, not shown), where it
 * matched.
 */
public final class TextMatch {
  /**
   * Where a subject matched.
   *
   * @param graph the named graph that holds its best-matching literal
   * @param literal the lexical form of that literal
   * @param highlights per property IRI, a passage of the subject's best matching literal of that
   *     property as HTML: each matched word wrapped in {@code <em>...</em>}, everything else
   *     escaped, "…" where the literal was cut
   */
  public record Found(String graph, String literal, Map<String, String> highlights) {
    public Found {
      highlights = Map.copyOf(highlights);
    }
  }

  private final String subject;
  private final float score;
  private Supplier<Found> finding;
  private Found found;

  /**
   * @param subject the IRI of the resource whose literal matched
   * @param score how well it matched, higher is better; comparable within one answer only (the
   *     Lucene relevance of its best-matching literal, or a count of occurrences on a store
   *     searched by scan)
   * @param found reads where it matched, called once, when first asked
   */
  public TextMatch(String subject, float score, Supplier<Found> found) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.score = score;
    this.finding = Objects.requireNonNull(found, "found");
  }

  public String subject() {
    return subject;
  }

  public float score() {
    return score;
  }

  /** See {@link Found#graph}. */
  public String graph() {
    return found().graph();
  }

  /** See {@link Found#literal}. */
  public String literal() {
    return found().literal();
  }

  /** See {@link Found#highlights}. */
  public Map<String, String> highlights() {
    return found().highlights();
  }

  private synchronized Found found() {
    if (found == null) {
      found = finding.get();
      finding = null;
    }
    return found;
  }

  @Override
  public String toString() {
    return "TextMatch[" + subject + " " + score + "]";
  }

  /**
   * How often the {@code words} (lower case) occur in {@code lower} (a text already in lower case,
   * {@link java.util.Locale#ROOT}), as substrings, without overlap: the rank a search by scan gives.
   */
  public static int occurrences(String lower, java.util.Collection<String> words) {
    int n = 0;
    for (String w : words) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + w.length())) {
        n++;
      }
    }
    return n;
  }
}
