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
 * @param authors the authors in order (only formats that name them)
 * @param categories arXiv categories, primary first (only formats that give them)
 * @param journalRef the journal reference as given, or null
 * @param license the licence URL as given, or null
 * @param versions the arXiv versions with their submission times, oldest first
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
    SourceLocation source,
    List<Author> authors,
    List<String> categories,
    String journalRef,
    String license,
    List<Version> versions) {

  /** An author as the input names them. */
  public record Author(String family, String given, String suffix) {
    /** The name as it is usually written: given, family, suffix. */
    public String fullName() {
      StringBuilder sb = new StringBuilder();
      for (String part : new String[] {given, family, suffix}) {
        if (part != null && !part.isBlank()) {
          sb.append(sb.isEmpty() ? "" : " ").append(part.strip());
        }
      }
      return sb.toString();
    }
  }

  /** One arXiv version: its label ({@code v2}) and when it was submitted. */
  public record Version(String label, java.time.Instant submitted) {}

  /** A record of the plain record format, which names no authors or categories. */
  public PaperRecord(
      String arxivId,
      String arxivVersion,
      List<String> dois,
      LocalDate created,
      String title,
      String abstractText,
      List<String> codeLinks,
      List<String> comments,
      SourceLocation source) {
    this(arxivId, arxivVersion, dois, created, title, abstractText, codeLinks, comments, source, List.of(), List.of(), null, null, List.of());
  }

  public PaperRecord {
    Objects.requireNonNull(arxivId, "arxivId");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(abstractText, "abstractText");
    Objects.requireNonNull(source, "source");
    dois = List.copyOf(dois);
    codeLinks = List.copyOf(codeLinks);
    comments = List.copyOf(comments);
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    versions = List.copyOf(versions);
  }
}
