package org.papergraph.api.paper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.papergraph.api.web.Link;

/**
 * One page of a paper list: the total that matched, the cursor to the next page (null on the
 * last), the papers, and per facet the matching papers counted by value.
 */
public record PaperPage(Meta meta, List<Summary> results, Map<String, List<FacetValue>> facets) {

  public record Meta(long count, int perPage, String sort, String nextCursor) {}

  /** A paper in a list. */
  public record Summary(
      String id,
      String iri,
      String href,
      String title,
      String created,
      List<TopicLink> topics,
      List<VenueLink> venues,
      List<Link> repositories,
      List<Link> owners,
      boolean hasCode,
      Float relevance) {}

  public record TopicLink(String id, String iri, String label, BigDecimal score, String href) {}

  public record VenueLink(String id, String iri, String label, String edition, Integer year, String href) {}

  /** One value of a facet: its id, label and how many matching papers have it. */
  public record FacetValue(String id, String label, long count) {}
}
