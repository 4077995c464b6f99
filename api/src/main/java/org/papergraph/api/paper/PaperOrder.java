package org.papergraph.api.paper;

import java.util.Comparator;

/** The orders a paper list can be sorted in; the arXiv id breaks ties so each order is total. */
final class PaperOrder {
  static final Comparator<PaperIndex.Row> NEWEST_FIRST =
      Comparator.comparing(PaperIndex.Row::created).reversed().thenComparing(PaperIndex.Row::id, Comparator.reverseOrder());
  static final Comparator<PaperIndex.Row> OLDEST_FIRST =
      Comparator.comparing(PaperIndex.Row::created).thenComparing(PaperIndex.Row::id);

  private PaperOrder() {}
}
