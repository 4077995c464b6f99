package org.papergraph.core;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Mints entity and graph IRIs under one base, deterministically from identifiers, so that
 * re-ingesting a record gives the same IRIs and every IRI dereferences at the api.
 */
public final class Iris {
  public static final String DEFAULT_BASE = "http://localhost:8080/";

  /**
   * The reserved graph of the change feed's journal (see {@code feed.ChangeJournal}): a URN, not
   * under the base, so that it names the same graph whatever the deployment's base IRI.
   */
  public static final String FEED_GRAPH = "urn:papergraph:feed";

  /**
   * The graph in which a store that follows another's feed (see {@code feed.FeedSync}) keeps which
   * feed it follows and the last event it applied.
   */
  public static final String SYNC_GRAPH = "urn:papergraph:sync";

  /**
   * Graphs whose IRI starts with this are the store's own bookkeeping (the journal, the sync
   * state), not data: queries, exports, releases, statistics and graph lists leave them out.
   */
  public static final String RESERVED_PREFIX = "urn:papergraph:";

  /** True for a graph of the store's own bookkeeping (see {@link #RESERVED_PREFIX}). */
  public static boolean isReserved(String graph) {
    return graph != null && graph.startsWith(RESERVED_PREFIX);
  }

  private final String base;

  public Iris(String base) {
    Objects.requireNonNull(base, "base");
    String normalised = base.endsWith("/") ? base : base + "/";
    URI uri = URI.create(normalised);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI with a host: " + base);
    }
    this.base = normalised;
  }

  public static Iris defaults() {
    return new Iris(DEFAULT_BASE);
  }

  public String base() {
    return base;
  }

  public String paper(String arxivId) {
    return base + "id/paper/" + arxivId;
  }

  public String paperGraph(String arxivId) {
    return base + "graph/paper/" + arxivId;
  }

  public String repository(String host, String owner, String name) {
    return base + "id/repo/" + lower(host) + "/" + lower(owner) + "/" + lower(name);
  }

  public String owner(String host, String owner) {
    return base + "id/org/" + lower(host) + "/" + lower(owner);
  }

  public String topic(String slug) {
    return base + "id/topic/" + slug;
  }

  public String venue(String slug) {
    return base + "id/venue/" + slug;
  }

  public String venueEdition(String slug, int year) {
    return base + "id/venue/" + slug + "/" + year;
  }

  /** A person, keyed by a normalised name (see {@link #personKey}). */
  public String person(String key) {
    return base + "id/person/" + key;
  }

  /** An arXiv subject category such as {@code cs.LG}, as a concept of arXiv's taxonomy. */
  public String arxivCategory(String category) {
    return base + "id/category/" + category;
  }

  /** A graph of reference data (taxonomy, registry), e.g. {@code graph/reference/cso}. */
  public String referenceGraph(String name) {
    return base + "graph/reference/" + name;
  }

  /**
   * The key of a person IRI: the name without accents, lower case, words joined by '-'. Names
   * are the only identity the inputs give, so two people with one name share an IRI and one
   * person written two ways gets two.
   */
  public static String personKey(String fullName) {
    String plain = java.text.Normalizer.normalize(fullName, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String key = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return key.isEmpty() ? "unnamed" : key;
  }

  /** The concept scheme of a reference taxonomy ({@code cso}, {@code pwc-methods}). */
  public String topicScheme(String name) {
    return base + "id/scheme/" + name;
  }

  public String ingestRun(String runId) {
    return base + "run/" + runId;
  }

  /** The graph that holds facts about the store itself (seed marker, last ingest). */
  public String systemGraph() {
    return base + "graph/system";
  }

  /**
   * The graph that writes to the default graph go to (SPARQL updates without a graph, the Graph
   * Store Protocol's {@code ?default}); queries see it in their union default graph like any
   * other named graph.
   */
  public String defaultGraph() {
    return base + "graph/default";
  }

  /** The VoID description of the whole dataset (the {@code void:Dataset} node). */
  public String voidDataset() {
    return base + "void";
  }

  /** The graph that holds the VoID description, recomputed after the store changes. */
  public String voidGraph() {
    return base + "graph/void";
  }

  /** True when the IRI names a record graph minted by {@link #paperGraph}. */
  public boolean isPaperGraph(String iri) {
    return iri.startsWith(base + "graph/paper/");
  }

  /** The arXiv id of a paper IRI or paper-graph IRI, or null when it is neither. */
  public String arxivIdOf(String iri) {
    for (String prefix : new String[] {base + "id/paper/", base + "graph/paper/"}) {
      if (iri.startsWith(prefix)) {
        return iri.substring(prefix.length());
      }
    }
    return null;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
