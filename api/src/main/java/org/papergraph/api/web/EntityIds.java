package org.papergraph.api.web;

import java.util.regex.Pattern;
import org.papergraph.core.Iris;
import org.springframework.stereotype.Component;

/**
 * The short ids the REST API uses in paths and filters (a topic's slug, a venue's slug, an
 * owner's {@code host/account}) and the IRIs they stand for. Ids are checked against a strict
 * pattern before they become IRIs, so no request text reaches a query unchecked.
 */
@Component
public class EntityIds {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

  private final Iris iris;
  // What each kind's IRIs start with, made once: search sorts up to a thousand matches by them.
  private final String paperPrefix;
  private final String topicPrefix;
  private final String venuePrefix;
  private final String ownerPrefix;
  private final String repositoryPrefix;

  public EntityIds(Iris iris) {
    this.iris = iris;
    this.paperPrefix = iris.paper("");
    this.topicPrefix = iris.topic("");
    this.venuePrefix = iris.venue("");
    this.ownerPrefix = iris.base() + "id/org/";
    this.repositoryPrefix = iris.base() + "id/repo/";
  }

  public Iris iris() {
    return iris;
  }

  /** The IRI of topic {@code slug}; 400 when it is not a slug. */
  public String topicIri(String what, String slug) {
    return iris.topic(slug(what, slug));
  }

  public String venueIri(String what, String slug) {
    return iris.venue(slug(what, slug));
  }

  public String ownerIri(String what, String host, String account) {
    return iris.owner(account(what, host), account(what, account));
  }

  /** The IRI of an owner given as {@code host/account}. */
  public String ownerIri(String what, String hostSlashAccount) {
    String[] parts = hostSlashAccount.split("/", -1);
    if (parts.length != 2) {
      throw new BadRequestException(what + ": '" + hostSlashAccount + "' is not an owner id (expected host/account, e.g. github/vita-group)");
    }
    return ownerIri(what, parts[0], parts[1]);
  }

  public String repositoryIri(String what, String host, String owner, String name) {
    return iris.repository(account(what, host), account(what, owner), account(what, name));
  }

  public String topicSlug(String iri) {
    return after(iri, topicPrefix);
  }

  public String venueSlug(String iri) {
    return after(iri, venuePrefix);
  }

  /** {@code host/account} of an owner IRI. */
  public String ownerId(String iri) {
    return after(iri, ownerPrefix);
  }

  /** {@code host/owner/name} of a repository IRI. */
  public String repositoryId(String iri) {
    return after(iri, repositoryPrefix);
  }

  /** The arXiv id of a paper IRI of this server ({@link #isPaper}). */
  public String paperId(String iri) {
    return after(iri, paperPrefix);
  }

  public boolean isPaper(String iri) {
    return iri != null && iri.startsWith(paperPrefix);
  }

  public boolean isTopic(String iri) {
    return iri != null && iri.startsWith(topicPrefix);
  }

  /** True for a venue series' IRI (not an edition's, which has a year after the series). */
  public boolean isVenueSeries(String iri) {
    return iri != null && iri.startsWith(venuePrefix) && iri.indexOf('/', venuePrefix.length()) < 0;
  }

  private static String after(String iri, String prefix) {
    return iri != null && iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
  }

  private static String slug(String what, String s) {
    if (s == null || !SLUG.matcher(s).matches()) {
      throw new BadRequestException(what + ": '" + s + "' is not a valid id (lower-case letters, digits and '-')");
    }
    return s;
  }

  private static String account(String what, String s) {
    if (s == null || !ACCOUNT.matcher(s).matches()) {
      throw new BadRequestException(what + ": '" + s + "' is not a valid name (letters, digits, '.', '_' and '-')");
    }
    return s;
  }
}
