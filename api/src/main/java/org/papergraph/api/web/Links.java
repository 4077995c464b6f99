package org.papergraph.api.web;

import org.springframework.stereotype.Component;

/** Builds {@link Link}s for each kind of entity, so every endpoint names neighbours the same way. */
@Component
public class Links {
  private final EntityIds ids;

  Links(EntityIds ids) {
    this.ids = ids;
  }

  /**
   * A paper's link, labelled with its title; a paper without one (records of the paper record
   * format carry none) is labelled with its arXiv id, as the browser UI shows it.
   */
  public Link paper(String arxivId, String title) {
    String label = title == null || title.isBlank() ? arxivId : title;
    return new Link(arxivId, ids.iris().paper(arxivId), label, "/api/papers/" + arxivId);
  }

  public Link topic(String iri, String label) {
    String slug = ids.topicSlug(iri);
    return new Link(slug, iri, label, "/api/topics/" + slug);
  }

  public Link venue(String iri, String label) {
    String slug = ids.venueSlug(iri);
    return new Link(slug, iri, label, "/api/venues/" + slug);
  }

  public Link owner(String iri) {
    String id = ids.ownerId(iri);
    return new Link(id, iri, id, "/api/owners/" + id);
  }

  public Link repository(String iri) {
    String id = ids.repositoryId(iri);
    return new Link(id, iri, id, "/api/repositories/" + id);
  }
}
