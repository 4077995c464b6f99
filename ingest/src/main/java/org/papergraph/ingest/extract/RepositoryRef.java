package org.papergraph.ingest.extract;

import java.util.Locale;

/**
 * One code repository, canonical: the same real repository always gives an equal value.
 *
 * @param host {@code github}, {@code gitlab} or {@code bitbucket}
 * @param owner the owning account as written (case kept for display)
 * @param name the repository name as written
 */
public record RepositoryRef(String host, String owner, String name) {

  /** The canonical https URL, lower case (these hosts compare owner and name case-insensitively). */
  public String url() {
    return "https://" + domain(host) + "/" + owner.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
  }

  /** The owner's page. */
  public String ownerUrl() {
    return "https://" + domain(host) + "/" + owner.toLowerCase(Locale.ROOT);
  }

  /** Lower-case identity key: {@code host/owner/name}. */
  public String key() {
    return (host + "/" + owner + "/" + name).toLowerCase(Locale.ROOT);
  }

  static String domain(String host) {
    return switch (host) {
      case "github" -> "github.com";
      case "gitlab" -> "gitlab.com";
      case "bitbucket" -> "bitbucket.org";
      default -> throw new IllegalArgumentException("unknown code host " + host);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepositoryRef r && r.key().equals(key());
  }

  @Override
  public int hashCode() {
    return key().hashCode();
  }
}
