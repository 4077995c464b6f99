package org.papergraph.ingest.record;

/** What a reader yields: a record, or a rejection saying where and why. */
public sealed interface ReadResult {

  SourceLocation source();

  /** A record read completely. */
  record Accepted(PaperRecord record) implements ReadResult {
    @Override
    public SourceLocation source() {
      return record.source();
    }
  }

  /**
   * Input that could not be read as a record.
   *
   * @param source where the bad input starts
   * @param reason what is wrong, in words a user can act on
   * @param arxivId the id the bad record gave, when it got that far (else null)
   */
  record Rejected(SourceLocation source, String reason, String arxivId) implements ReadResult {}
}
