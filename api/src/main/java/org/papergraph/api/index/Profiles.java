package org.papergraph.api.index;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;

/**
 * Profiles of a set of papers (a venue's, a topic's, a lab's): which topics and venues they
 * have and how often, most frequent first.
 */
public final class Profiles {
  /** A topic's share of a set of papers: the papers with it, and that as a fraction of all. */
  public record TopicShare(Link topic, long count, double share) {}

  public record VenueCount(Link venue, long count) {}

  private Profiles() {}

  /** Papers per key, where {@code keys} gives a paper's keys; a paper counts once per key. */
  public static Map<String, Long> counts(Collection<PaperIndex.Row> papers, Function<PaperIndex.Row, Stream<String>> keys) {
    Map<String, Long> counts = new HashMap<>();
    for (PaperIndex.Row r : papers) {
      keys.apply(r).distinct().forEach(k -> counts.merge(k, 1L, Long::sum));
    }
    return counts;
  }

  /** The IRIs of a paper's topics. */
  public static Stream<String> topicIris(PaperIndex.Row paper) {
    return paper.topics().stream().map(PaperIndex.TopicRef::iri);
  }

  /** The IRIs of the venue series a paper was presented at. */
  public static Stream<String> venueSeries(PaperIndex.Row paper) {
    return paper.venues().stream().map(PaperIndex.VenueRef::series);
  }

  /** Papers per topic IRI. */
  public static Map<String, Long> topicCounts(Collection<PaperIndex.Row> papers) {
    return counts(papers, Profiles::topicIris);
  }

  public static List<TopicShare> topics(PaperIndex.Snapshot snap, Links links, Collection<PaperIndex.Row> papers) {
    long n = papers.size();
    return topicCounts(papers).entrySet().stream()
        .map(e -> new TopicShare(links.topic(e.getKey(), snap.label(e.getKey())), e.getValue(), Math.round(10000.0 * e.getValue() / n) / 10000.0))
        .sorted(Comparator.comparingLong(TopicShare::count).reversed().thenComparing(t -> t.topic().id()))
        .toList();
  }

  public static List<VenueCount> venues(PaperIndex.Snapshot snap, Links links, Collection<PaperIndex.Row> papers) {
    return counts(papers, Profiles::venueSeries).entrySet().stream()
        .map(e -> new VenueCount(links.venue(e.getKey(), snap.label(e.getKey())), e.getValue()))
        .sorted(Comparator.comparingLong(VenueCount::count).reversed().thenComparing(v -> v.venue().id()))
        .toList();
  }

  /** Cosine similarity of two count vectors; 0 when either is empty. */
  public static double cosine(Map<String, Long> a, Map<String, Long> b) {
    double dot = 0;
    for (Map.Entry<String, Long> e : a.entrySet()) {
      Long other = b.get(e.getKey());
      if (other != null) {
        dot += (double) e.getValue() * other;
      }
    }
    double na = norm(a);
    double nb = norm(b);
    return na == 0 || nb == 0 ? 0 : dot / (na * nb);
  }

  private static double norm(Map<String, Long> v) {
    double s = 0;
    for (long x : v.values()) {
      s += (double) x * x;
    }
    return Math.sqrt(s);
  }
}
