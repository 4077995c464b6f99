package org.papergraph.ingest.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One paper as a reader found it, before any extraction.
 *
 * @param arxivId the arXiv identifier without version ({@code 2211.08332}, {@code hep-th/9901001})
 * @param arxivVersion the version suffix ({@code v2}), or null when none was given
 * @param dois the DOIs, lower-cased (DOIs are case-insensitive), in the order given
 * @param created the record's creation date
 * @param title the title, or null when the format has none
 * @param abstractText the abstract, its lines joined with one space
 * @param codeLinks the URLs of the record's own code-link paragraphs (usually none or one)
 * @param comments the other paragraphs between abstract and id (venue statements, arXiv comments)
 * @param source where the record was read: file name and first line
 */
public record PaperRecord(
    String arxivId,
    String arxivVersion,
    List<String> dois,
    LocalDate created,
    String title,
    String abstractText,
    List<String> codeLinks,
    List<String> comments,
    SourceLocation source) {

  public PaperRecord {
    Objects.requireNonNull(arxivId, "arxivId");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(abstractText, "abstractText");
    Objects.requireNonNull(source, "source");
    dois = List.copyOf(dois);
    codeLinks = List.copyOf(codeLinks);
    comments = List.copyOf(comments);
  }
}
