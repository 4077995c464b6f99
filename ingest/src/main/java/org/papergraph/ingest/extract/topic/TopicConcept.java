package org.papergraph.ingest.extract.topic;

import java.util.List;
import java.util.Objects;

/**
 * One concept of a topic scheme, as it becomes a {@code skos:Concept} under {@code id/topic/}.
 *
 * @param slug the last path segment of the concept's IRI, unique across all schemes
 * @param sourceIri the concept's IRI in its source taxonomy ({@code skos:exactMatch})
 * @param prefLabel the preferred label
 * @param altLabels the other labels, synonyms' labels included, without the preferred one
 * @param broader slugs of the broader concepts (in this or another scheme)
 * @param related slugs of the related concepts
 * @param closeMatches IRIs of the same idea elsewhere (Wikidata, DBpedia)
 */
public record TopicConcept(
    String slug,
    String sourceIri,
    String prefLabel,
    List<String> altLabels,
    List<String> broader,
    List<String> related,
    List<String> closeMatches) {

  public TopicConcept {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(sourceIri, "sourceIri");
    Objects.requireNonNull(prefLabel, "prefLabel");
    altLabels = List.copyOf(altLabels);
    broader = List.copyOf(broader);
    related = List.copyOf(related);
    closeMatches = List.copyOf(closeMatches);
  }
}
