package org.papergraph.api.venue;

import java.util.List;
import java.util.Map;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.web.Link;

/**
 * One venue (a conference or workshop series, or a journal): its kind, ranks, the registries it
 * comes from, editions (none for a journal), topic profile, related venues and papers.
 *
 * @param kind conference, workshop or journal
 * @param ranks rank by system (ccf, core, thcpl)
 * @param sources the registries the venue comes from, one line each, with the ranks each gave;
 *     empty for a provisional venue, which comes from a statement alone
 * @param issns a journal's ISSNs where a registry row or the statement that named it gives them
 */
public record VenueView(
    String id,
    String iri,
    String kind,
    String label,
    String name,
    List<String> altLabels,
    boolean provisional,
    Map<String, String> ranks,
    List<String> sources,
    List<String> issns,
    long paperCount,
    List<Edition> editions,
    List<Profiles.TopicShare> topics,
    List<Related> related,
    List<Link> papers) {

  /**
   * An edition: its year, dates and place as the registry gives them, its papers, and the
   * workshops and tracks of it that papers name.
   */
  public record Edition(String iri, Integer year, String startDate, String endDate, String location, long paperCount, List<Link> papers, List<Part> parts) {}

  /**
   * A workshop held at an edition or a track of it ("Findings"), with the papers whose venue
   * claims name it.
   *
   * @param kind workshop or track
   */
  public record Part(String iri, String kind, String label, String name, List<Link> papers) {}

  /** Another venue, with the cosine similarity of the two topic profiles (0..1). */
  public record Related(Link venue, double similarity) {}

  /** A venue in a list. */
  public record Summary(String id, String iri, String kind, String label, String name, boolean provisional, long paperCount, String href) {}
}
