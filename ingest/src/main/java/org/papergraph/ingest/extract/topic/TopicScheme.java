package org.papergraph.ingest.extract.topic;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A topic taxonomy read once into memory: its concepts by slug and what is needed to credit it
 * where it is served.
 *
 * @param name short name, used in the reference graph's IRI ({@code cso}, {@code pwc-methods})
 * @param title the scheme's title
 * @param licence the licence IRI
 * @param source the home page of the source
 * @param credit the text to credit the source with
 */
public final class TopicScheme {
  private final String name;
  private final String title;
  private final String licence;
  private final String source;
  private final String credit;
  private final Map<String, TopicConcept> concepts;

  TopicScheme(String name, String title, String licence, String source, String credit, Collection<TopicConcept> concepts) {
    this.name = Objects.requireNonNull(name, "name");
    this.title = title;
    this.licence = licence;
    this.source = source;
    this.credit = credit;
    Map<String, TopicConcept> bySlug = new LinkedHashMap<>();
    for (TopicConcept c : concepts) {
      TopicConcept before = bySlug.put(c.slug(), c);
      if (before != null) {
        throw new IllegalArgumentException(name + ": two concepts have the slug " + c.slug() + ": " + before.sourceIri() + " and " + c.sourceIri());
      }
    }
    this.concepts = Collections.unmodifiableMap(bySlug);
  }

  public String name() {
    return name;
  }

  public String title() {
    return title;
  }

  public String licence() {
    return licence;
  }

  public String source() {
    return source;
  }

  public String credit() {
    return credit;
  }

  /** The concepts in a stable order. */
  public Collection<TopicConcept> concepts() {
    return concepts.values();
  }

  /** The concept with this slug, or null. */
  public TopicConcept concept(String slug) {
    return concepts.get(slug);
  }

  public int size() {
    return concepts.size();
  }
}
