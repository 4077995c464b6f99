package org.papergraph.ingest.extract.venue;

/**
 * What a series is: a conference (yearly editions a paper is presented at), a journal, or a
 * workshop series the registry lists as a venue of its own (SemEval, BEA), which a paper is
 * presented at as a workshop paper, held at a conference's edition where the statement names one.
 */
public enum VenueKind {
  CONFERENCE,
  JOURNAL,
  WORKSHOP
}
