package org.papergraph.core.store;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One subject found by {@link GraphStore#searchText}: the subject, how well it matched and where,
 * and passages of its matching literals with the matched words marked.
 */
public final class TextMatch {
  private final String subject;
  private final float score;
  private final String graph;
  private final String literal;
  private Supplier<Map<String, String>> highlighting;
  private Map<String, String> highlights;

  /**
   * @param subject the IRI of the resource whose literal matched
   * @param score how well it matched, higher is better; comparable within one answer only (the
   *     Lucene relevance of its best-matching literal, or a count of occurrences on a store
   *     searched by scan)
   * @param graph the named graph that holds that literal
   * @param literal the lexical form of the best-matching literal
   * @param highlights computes {@link #highlights()}, on first use only: most matches of a large
   *     answer are counted, not shown
   */
  public TextMatch(String subject, float score, String graph, String literal, Supplier<Map<String, String>> highlights) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.score = score;
    this.graph = graph;
    this.literal = literal;
    this.highlighting = highlights;
  }

  public String subject() {
    return subject;
  }

  public float score() {
    return score;
  }

  public String graph() {
    return graph;
  }

  public String literal() {
    return literal;
  }

  /**
   * Per property IRI, a passage of the subject's best matching literal of that property as HTML:
   * each matched word wrapped in {@code <em>...</em>}, everything else escaped, "…" where the
   * literal was cut.
   */
  public synchronized Map<String, String> highlights() {
    if (highlights == null) {
      highlights = Map.copyOf(highlighting.get());
      highlighting = null;
    }
    return highlights;
  }

  @Override
  public String toString() {
    return "TextMatch[" + subject + " " + score + " " + literal + "]";
  }
}
