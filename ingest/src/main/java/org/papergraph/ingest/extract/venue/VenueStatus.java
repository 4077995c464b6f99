package org.papergraph.ingest.extract.venue;

import org.apache.jena.rdf.model.Resource;
import org.papergraph.core.vocab.PG;

/** The status a venue statement states (docs/model.md). */
public enum VenueStatus {
  ACCEPTED(PG.Accepted, true),
  PUBLISHED(PG.Published, true),
  TO_APPEAR(PG.ToAppear, true),
  WORKSHOP(PG.Workshop, true),
  SUBMITTED(PG.Submitted, false),
  UNDER_REVIEW(PG.UnderReview, false);

  private final Resource term;
  private final boolean presented;

  VenueStatus(Resource term, boolean presented) {
    this.term = term;
    this.presented = presented;
  }

  public Resource term() {
    return term;
  }

  /** True when the statement says the paper is (or will be) at the venue: bibo:presentedAt holds. */
  public boolean presented() {
    return presented;
  }
}
