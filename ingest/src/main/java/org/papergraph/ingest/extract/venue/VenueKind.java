package org.papergraph.ingest.extract.venue;

/** What a series is: a conference (yearly editions a paper is presented at) or a journal. */
public enum VenueKind {
  CONFERENCE,
  JOURNAL
}
