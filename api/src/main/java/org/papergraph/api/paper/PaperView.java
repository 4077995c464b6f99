package org.papergraph.api.paper;

import java.util.List;

/** One paper as the REST API shows it. */
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
    List<RepositoryView> repositories,
    String graph) {

  /** A code repository linked from a paper. */
  public record RepositoryView(String iri, String url, String name, boolean official, OwnerView owner) {}

  /** The account that owns a repository. */
  public record OwnerView(String iri, String accountName, String url) {}
}
