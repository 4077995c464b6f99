package org.papergraph.api.repository;

import java.util.List;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.web.Link;

/** Code repositories and their owners (labs) as the REST API shows them. */
public final class RepositoryViews {
  private RepositoryViews() {}

  /** A repository in a list. */
  public record Summary(String id, String iri, String url, String name, Link owner, long paperCount, String href) {}

  /** One repository and the papers that link to it, saying how. */
  public record Repository(String id, String iri, String url, String name, String host, Link owner, List<PaperLink> papers) {}

  /** A paper linking to a repository: "official" (the record's code link) or "mentioned" (found in the text). */
  public record PaperLink(Link paper, String relation) {}

  /** A repository owner: a lab, company or person account, with what its code is about. */
  public record Owner(
      String id,
      String iri,
      String accountName,
      String url,
      List<Summary> repositories,
      List<Link> papers,
      List<Profiles.TopicShare> topics,
      List<Profiles.VenueCount> venues) {}

  /** An owner in a list. */
  public record OwnerSummary(String id, String iri, long repositoryCount, long paperCount, String href) {}
}
