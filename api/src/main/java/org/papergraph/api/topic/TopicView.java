package org.papergraph.api.topic;

import java.util.List;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.web.Link;

/** One topic with its place in the scheme and what the papers say about it. */
public record TopicView(
    String id,
    String iri,
    String label,
    List<String> altLabels,
    List<String> exactMatch,
    List<Link> broader,
    List<Link> narrower,
    List<Link> related,
    long paperCount,
    String papers,
    List<CoTopic> cooccurring,
    List<Profiles.VenueCount> venues,
    List<Count> byYear,
    List<Count> byMonth) {

  /**
   * A topic found on the same papers: how many papers have both, the lift (how many times more
   * often than if the two were independent) and the pointwise mutual information, log2(lift).
   */
  public record CoTopic(Link topic, long count, double lift, double pmi) {}

  /** Papers per period: a year (2022) or a month (2022-10). */
  public record Count(String period, long count) {}

  /** A topic in a list: its label and how many papers have it. */
  public record Summary(String id, String iri, String label, List<String> altLabels, long paperCount, String href) {}
}
