package org.papergraph.api.index;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.papergraph.api.web.EntityIds;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/**
 * A compact row per paper (date, title, topics, venues, repository owners), read from the store
 * with a handful of whole-graph queries and cached until the store changes. Filters, facets,
 * cursors, co-occurrence and profiles are computed from it, so they cost memory scans rather
 * than one SPARQL query per facet and page.
 */
@Service
public class PaperIndex {
  /** A topic of a paper, with the assignment's score when there is one. */
  public record TopicRef(String iri, BigDecimal score, String method) {}

  /** An edition a paper was presented at. */
  public record VenueRef(String series, String edition, Integer year) {}

  /** One paper, as filters and views need it. */
  public record Row(
      String id,
      String iri,
      LocalDate created,
      String title,
      String abstractText,
      List<TopicRef> topics,
      List<VenueRef> venues,
      List<String> repositories,
      List<String> owners) {
    public boolean hasCode() {
      return !repositories.isEmpty();
    }

    public boolean hasTopic(String topicIri) {
      return topics.stream().anyMatch(t -> t.iri().equals(topicIri));
    }

    public boolean atVenue(String seriesIri) {
      return venues.stream().anyMatch(v -> v.series().equals(seriesIri));
    }
  }

  /**
   * All rows, newest first, with the labels of what they point at, and per topic, venue series
   * and repository owner the positions in {@code rows} of the papers that have it, ascending (so
   * newest first too): filters and related-paper counts walk these instead of every row.
   */
  public record Snapshot(
      List<Row> rows,
      Map<String, Row> byIri,
      Map<String, String> labels,
      Map<String, int[]> byTopic,
      Map<String, int[]> byVenue,
      Map<String, int[]> byOwner) {
    public String label(String iri) {
      return labels.get(iri);
    }

    /** Positions of the papers with topic {@code iri}; empty when none. */
    public int[] withTopic(String iri) {
      return byTopic.getOrDefault(iri, NONE);
    }

    /** Positions of the papers presented at an edition of series {@code iri}; empty when none. */
    public int[] atVenue(String iri) {
      return byVenue.getOrDefault(iri, NONE);
    }

    /** Positions of the papers with a repository of owner {@code iri}; empty when none. */
    public int[] ofOwner(String iri) {
      return byOwner.getOrDefault(iri, NONE);
    }
  }

  private static final int[] NONE = new int[0];

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final Query PAPERS = QueryFactory.create(PROLOGUE + """
      SELECT ?p ?id ?created ?title ?abstract WHERE {
        ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id ; dcterms:created ?created .
        OPTIONAL { ?p dcterms:title ?title }
        OPTIONAL { ?p dcterms:abstract ?abstract }
      }""");
  private static final Query SUBJECTS = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?p ?t WHERE { ?p a schema:ScholarlyArticle ; dcterms:subject ?t }""");
  private static final Query SCORES = QueryFactory.create(PROLOGUE + """
      SELECT ?a ?t ?score ?method WHERE { ?a a pg:TopicAssignment ; pg:topic ?t ; pg:score ?score OPTIONAL { ?a pg:method ?method } }""");
  private static final Query VENUES = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?p ?e ?s ?year WHERE {
        ?p a schema:ScholarlyArticle ; bibo:presentedAt ?e . ?e schema:superEvent ?s .
        OPTIONAL { ?e pg:year ?year }
      }""");
  private static final Query REPOSITORIES = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?p ?r ?o WHERE {
        ?p a schema:ScholarlyArticle ; pg:hasRepository ?r . OPTIONAL { ?r pg:owner ?o }
      }""");
  private static final Query LABELS = QueryFactory.create(PROLOGUE + """
      SELECT ?x ?label WHERE {
        { ?x a skos:Concept } UNION { ?x a schema:EventSeries }
        ?x skos:prefLabel ?label .
      }""");

  private final GraphStore store;
  private final ViewCache cache;
  private final EntityIds ids;

  PaperIndex(GraphStore store, ViewCache cache, EntityIds ids) {
    this.store = store;
    this.cache = cache;
    this.ids = ids;
  }

  /** The rows as of the store's current version. */
  public Snapshot snapshot() {
    return cache.get("paper-index", this::build);
  }

  private Snapshot textOf;
  private PaperText text;

  /** The text index of {@code snap}, built on first use, one snapshot at a time. */
  public synchronized PaperText text(Snapshot snap) {
    if (textOf != snap) {
      text = PaperText.of(snap);
      textOf = snap;
    }
    return text;
  }

  private Snapshot build() {
    Map<String, Row> rows = new LinkedHashMap<>();
    Selects.forEach(store, PAPERS, s -> rows.computeIfAbsent(s.getResource("p").getURI(), iri -> new Row(
        s.getLiteral("id").getString(), iri, LocalDate.parse(s.getLiteral("created").getLexicalForm()),
        string(s.get("title")), string(s.get("abstract")),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>())));
    Map<String, TopicRef> scores = new LinkedHashMap<>();
    Selects.forEach(store, SCORES, s -> {
      String t = s.getResource("t").getURI();
      RDFNode method = s.get("method");
      scores.put(s.getResource("a").getURI() + " " + t,
          new TopicRef(t, decimal(s.get("score")), method != null && method.isURIResource() ? method.asResource().getURI() : null));
    });
    Selects.forEach(store, SUBJECTS, s -> {
      Row row = rows.get(s.getResource("p").getURI());
      String t = s.getResource("t").getURI();
      if (row != null && ids.isTopic(t)) {
        // The model names a paper's assignment of topic {slug} {paper IRI}#topic-{slug}.
        String assignment = row.iri() + "#topic-" + ids.topicSlug(t);
        row.topics().add(scores.getOrDefault(assignment + " " + t, new TopicRef(t, null, null)));
      }
    });
    Selects.forEach(store, VENUES, s -> {
      Row row = rows.get(s.getResource("p").getURI());
      if (row != null) {
        row.venues().add(new VenueRef(s.getResource("s").getURI(), s.getResource("e").getURI(), Selects.year(s.get("year"))));
      }
    });
    Selects.forEach(store, REPOSITORIES, s -> {
      Row row = rows.get(s.getResource("p").getURI());
      if (row == null) {
        return;
      }
      String repo = s.getResource("r").getURI();
      if (!row.repositories().contains(repo)) {
        row.repositories().add(repo);
      }
      RDFNode owner = s.get("o");
      if (owner != null && owner.isURIResource() && !row.owners().contains(owner.asResource().getURI())) {
        row.owners().add(owner.asResource().getURI());
      }
    });
    Map<String, String> labels = new TreeMap<>();
    Selects.forEach(store, LABELS, s -> labels.merge(s.getResource("x").getURI(), s.getLiteral("label").getString(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
    List<Row> sorted = new ArrayList<>();
    for (Row r : rows.values()) {
      r.topics().sort(Comparator.comparing((TopicRef t) -> t.score() == null ? BigDecimal.ZERO : t.score()).reversed().thenComparing(TopicRef::iri));
      r.venues().sort(Comparator.comparing(VenueRef::edition));
      r.repositories().sort(null);
      r.owners().sort(null);
      sorted.add(r);
    }
    sorted.sort(PaperOrder.NEWEST_FIRST);
    Postings topics = new Postings();
    Postings venues = new Postings();
    Postings owners = new Postings();
    for (int i = 0; i < sorted.size(); i++) {
      Row r = sorted.get(i);
      for (TopicRef t : r.topics()) {
        topics.add(t.iri(), i);
      }
      for (VenueRef v : r.venues()) {
        venues.add(v.series(), i);
      }
      for (String o : r.owners()) {
        owners.add(o, i);
      }
    }
    return new Snapshot(Collections.unmodifiableList(sorted), Collections.unmodifiableMap(rows), Collections.unmodifiableMap(labels),
        topics.positions(), venues.positions(), owners.positions());
  }



  private static String string(RDFNode n) {
    return n == null || !n.isLiteral() ? null : n.asLiteral().getString();
  }

  private static BigDecimal decimal(RDFNode n) {
    try {
      return n != null && n.isLiteral() ? new BigDecimal(n.asLiteral().getLexicalForm()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

}
