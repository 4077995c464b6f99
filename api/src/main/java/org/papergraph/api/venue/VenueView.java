package org.papergraph.api.venue;

import java.util.List;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.web.Link;

/** One venue series: its editions, topic profile, related venues and papers. */
public record VenueView(
    String id,
    String iri,
    String label,
    String name,
    List<String> altLabels,
    boolean provisional,
    long paperCount,
    List<Edition> editions,
    List<Profiles.TopicShare> topics,
    List<Related> related,
    List<Link> papers) {

  /** An edition: its year, dates and place as the registry gives them, and its papers. */
  public record Edition(String iri, Integer year, String startDate, String endDate, String location, long paperCount, List<Link> papers) {}

  /** Another venue, with the cosine similarity of the two topic profiles (0..1). */
  public record Related(Link venue, double similarity) {}

  /** A venue in a list. */
  public record Summary(String id, String iri, String label, String name, boolean provisional, long paperCount, String href) {}
}
