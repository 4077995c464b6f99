package org.papergraph.api.index;

import java.util.Comparator;

/** The orders a paper list can be sorted in; the arXiv id breaks ties so each order is total. */
public final class PaperOrder {
  public static final Comparator<PaperIndex.Row> NEWEST_FIRST =
      Comparator.comparing(PaperIndex.Row::created).reversed().thenComparing(PaperIndex.Row::id, Comparator.reverseOrder());
  public static final Comparator<PaperIndex.Row> OLDEST_FIRST =
      Comparator.comparing(PaperIndex.Row::created).thenComparing(PaperIndex.Row::id);

  private PaperOrder() {}
}
