package org.papergraph.api.paper;

import java.math.BigDecimal;
import java.util.List;
import org.papergraph.api.web.Link;

/** One paper as the REST API shows it, with links to its neighbours. */
public record PaperView(
    String id,
    String iri,
    String arxivVersion,
    String title,
    String abstractText,
    String created,
    List<String> dois,
    List<String> sameAs,
    List<String> comments,
    List<AuthorView> authors,
    List<CategoryView> categories,
    List<TopicView> topics,
    List<VenueClaimView> venueClaims,
    List<EditionView> presentedAt,
    List<RepositoryView> repositories,
    List<RelatedPaper> related,
    String graph) {

  /** A code repository linked from a paper. */
  public record RepositoryView(String iri, String url, String name, boolean official, OwnerView owner, String href) {}

  /** The account that owns a repository. */
  public record OwnerView(String iri, String accountName, String url, String href) {}

  /** An author, in the record's order. */
  public record AuthorView(String iri, String name) {}

  /** An arXiv subject category; the first listed is the primary one. */
  public record CategoryView(String id, String iri, String label, boolean primary) {}

  /**
   * A topic of the paper, with the score and method of its assignment when known, and the cosine
   * between the paper and the topic where the topic check has recorded it (null before).
   */
  public record TopicView(String id, String iri, String label, BigDecimal score, String method, BigDecimal semanticSimilarity, String href,
      List<EvidenceView> evidence) {}

  /**
   * One mention that supports a topic: the words as the paper writes them, where they stand (the
   * IRI of {@code pg:TitleText}, {@code pg:LeadSentence} or {@code pg:BodySentence}) and their
   * offsets in the title or abstract (UTF-16 units, end exclusive; null when not located).
   */
  public record EvidenceView(String matchedText, String textPosition, Integer startOffset, Integer endOffset) {}

  /** A venue statement as the record made it, and what it resolved to. */
  public record VenueClaimView(String iri, String rawText, String status, EditionView venue) {}

  /** A venue edition, with its series. */
  public record EditionView(String iri, Integer year, Link series) {}

  /** Another paper that shares topics with this one. */
  public record RelatedPaper(String id, String iri, String title, List<String> sharedTopics, String href) {}
}
