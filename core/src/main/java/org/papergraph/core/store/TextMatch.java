package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
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

  /**
   * Reads where the matches of one search matched, several at once: a store that reads them in
   * one go (one transaction, one query) does so for all the matches a caller shows.
   */
  @FunctionalInterface
  public interface Finder {
    /** Where each of {@code subjects} matched; every one of them has an entry. */
    Map<String, Found> find(Collection<String> subjects);
  }

  private final String subject;
  private final float score;
  private Finder finder;
  private Found found;

  /**
   * @param subject the IRI of the resource whose literal matched
   * @param score how well it matched, higher is better; comparable within one answer only (the
   *     Lucene relevance of its best-matching literal, or a count of occurrences on a store
   *     searched by scan)
   * @param found reads where it matched, called once, when first asked
   */
  public TextMatch(String subject, float score, Supplier<Found> found) {
    this(subject, score, subjects -> Map.of(subject, found.get()));
    Objects.requireNonNull(found, "found");
  }

  /**
   * @param finder reads where matches of the same search matched, shared by all of them, so that
   *     {@link #readAll} asks it once for many
   */
  public TextMatch(String subject, float score, Finder finder) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.score = score;
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  /**
   * Reads where each of {@code matches} matched, asking each store's finder once for all of its
   * matches instead of once per match: for a caller about to show them all.
   */
  public static void readAll(Collection<TextMatch> matches) {
    Map<Finder, List<TextMatch>> byFinder = new IdentityHashMap<>();
    for (TextMatch m : matches) {
      synchronized (m) {
        if (m.found == null) {
          byFinder.computeIfAbsent(m.finder, f -> new ArrayList<>()).add(m);
        }
      }
    }
    byFinder.forEach((finder, ms) -> {
      Map<String, Found> read = finder.find(ms.stream().map(TextMatch::subject).toList());
      for (TextMatch m : ms) {
        m.settle(read.get(m.subject));
      }
    });
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
      settle(finder.find(List.of(subject)).get(subject));
    }
    return found;
  }

  private synchronized void settle(Found read) {
    if (found == null) {
      found = Objects.requireNonNull(read, () -> "no finding for " + subject);
      finder = null;
    }
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
