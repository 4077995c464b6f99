package org.papergraph.api.topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.api.index.EntityCatalog;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.index.Selects;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.api.index.ViewQueries;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.api.index.Terms;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/** Topics: the list with autocomplete, and one topic's neighbourhood, trend and co-occurrence. */
@Service
public class TopicService {
  static final int MAX_LIMIT = 100;
  static final int COOCCURRING = 20;

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final Query CONCEPTS = QueryFactory.create(PROLOGUE + """
      SELECT ?t ?label ?alt WHERE {
        ?t a skos:Concept ; skos:prefLabel ?label .
        OPTIONAL { ?t skos:altLabel ?alt }
      }""");
  private static final String NEIGHBOURS = PROLOGUE + """
      SELECT ?rel ?other ?label WHERE {
        { ?topic skos:broader ?other BIND("broader" AS ?rel) }
        UNION { ?other skos:broader ?topic BIND("narrower" AS ?rel) }
        UNION { { ?topic skos:related ?other } UNION { ?other skos:related ?topic } BIND("related" AS ?rel) }
        UNION { ?topic skos:exactMatch ?other BIND("exactMatch" AS ?rel) }
        OPTIONAL { ?other skos:prefLabel ?label }
      }""";

  /** A topic of the scheme, as the list and autocomplete see it. */
  record Entry(String iri, String label, List<String> altLabels, String[] completions) {}

  private final ViewQueries queries;
  private final PaperIndex index;
  private final EntityIds ids;
  private final Links links;
  private final EntityCatalog<Entry> topics;

  TopicService(ViewQueries queries, PaperIndex index, ViewCache cache, StoreChanges changes, EntityIds ids, Links links) {
    this.queries = queries;
    this.index = index;
    this.ids = ids;
    this.links = links;
    // The topics are read from their concepts' types and labels alone: a write that changes none
    // of those (every paper record) keeps them.
    StoreChanges.Mark concepts = changes.markChanging(t -> t.getSubject().isURI() && ids.isTopic(t.getSubject().getURI())
        && (t.getPredicate().equals(RDF.Nodes.type) ? t.getObject().equals(SKOS.Concept.asNode()) : LABELS.contains(t.getPredicate())));
    this.topics = new EntityCatalog<>("topic", cache, index, this::read, PaperIndex.Snapshot::byTopic, concepts);
  }

  /** The label properties {@link #CONCEPTS} reads. */
  private static final Set<Node> LABELS = Set.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode());

  /** The topics whose label or alternative label has a word starting with {@code prefix}; all when null. */
  List<TopicView.Summary> list(String prefix, int limit) {
    String p = prefix == null ? null : prefix.strip().toLowerCase(Locale.ROOT);
    return topics.mostPapersFirst(
        e -> p == null || Terms.completes(e.completions(), p),
        Comparator.comparing((Entry e) -> p != null && !e.label().toLowerCase(Locale.ROOT).startsWith(p)).thenComparing(Entry::label),
        limit,
        (e, papers) -> new TopicView.Summary(ids.topicSlug(e.iri()), e.iri(), e.label(), e.altLabels(), papers,
            "/api/topics/" + ids.topicSlug(e.iri())));
  }

  Optional<TopicView> find(String slug) {
    return topics.view(ids.topicIri("topic id", slug), this::compute);
  }

  private Optional<TopicView> compute(String iri) {
    PaperIndex.Snapshot snap = index.snapshot();
    Entry entry = topics.entries().get(iri);
    List<PaperIndex.Row> papers = snap.rowsAt(snap.withTopic(iri));
    if (entry == null && papers.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Link>> neighbours = new HashMap<>();
    queries.forEach(NEIGHBOURS, "topic", iri, s -> {
      String other = s.getResource("other").getURI();
      String label = s.contains("label") ? s.getLiteral("label").getString() : null;
      String rel = s.getLiteral("rel").getString();
      Link link = rel.equals("exactMatch") ? new Link(null, other, label, null) : links.topic(other, label);
      List<Link> list = neighbours.computeIfAbsent(rel, k -> new ArrayList<>());
      if (list.stream().noneMatch(l -> l.iri().equals(other))) {
        list.add(link);
      }
    });
    neighbours.values().forEach(l -> l.sort(Comparator.comparing(Link::iri)));
    String slug = ids.topicSlug(iri);
    return Optional.of(new TopicView(
        slug,
        iri,
        entry == null ? snap.label(iri) : entry.label(),
        entry == null ? List.of() : entry.altLabels(),
        neighbours.getOrDefault("exactMatch", List.of()).stream().map(Link::iri).toList(),
        neighbours.getOrDefault("broader", List.of()),
        neighbours.getOrDefault("narrower", List.of()),
        neighbours.getOrDefault("related", List.of()),
        papers.size(),
        "/api/papers?topic=" + slug,
        cooccurring(snap, iri, papers),
        Profiles.venues(snap, links, papers),
        counts(papers, r -> Integer.toString(r.created().getYear())),
        counts(papers, r -> r.created().toString().substring(0, 7))));
  }

  /** Lift against the papers that have any topic at all: untagged papers say nothing about topics. */
  private List<TopicView.CoTopic> cooccurring(PaperIndex.Snapshot snap, String iri, List<PaperIndex.Row> papers) {
    Map<String, Long> perTopic = topics.paperCounts();
    long tagged = snap.rows().stream().filter(r -> !r.topics().isEmpty()).count();
    Map<String, Long> together = new HashMap<>();
    for (PaperIndex.Row r : papers) {
      r.topics().stream().map(PaperIndex.TopicRef::iri).filter(t -> !t.equals(iri)).distinct()
          .forEach(t -> together.merge(t, 1L, Long::sum));
    }
    long mine = papers.size();
    return together.entrySet().stream()
        .map(e -> {
          double lift = (double) e.getValue() * tagged / ((double) mine * perTopic.get(e.getKey()));
          return new TopicView.CoTopic(links.topic(e.getKey(), snap.label(e.getKey())), e.getValue(), round(lift), round(Math.log(lift) / Math.log(2)));
        })
        .sorted(Comparator.comparingLong(TopicView.CoTopic::count).reversed()
            .thenComparing(Comparator.comparingDouble(TopicView.CoTopic::lift).reversed())
            .thenComparing(c -> c.topic().id()))
        .limit(COOCCURRING)
        .toList();
  }

  private static List<TopicView.Count> counts(List<PaperIndex.Row> papers, java.util.function.Function<PaperIndex.Row, String> period) {
    Map<String, Long> counts = new TreeMap<>();
    papers.forEach(r -> counts.merge(period.apply(r), 1L, Long::sum));
    return counts.entrySet().stream().map(e -> new TopicView.Count(e.getKey(), e.getValue())).toList();
  }

  /** The scheme's topics (not arXiv categories), with their labels, in IRI order. */
  private Map<String, Entry> read() {
    Map<String, String> labels = new TreeMap<>();
    Map<String, SortedSet<String>> alts = new HashMap<>();
    queries.forEach(CONCEPTS, s -> {
      String t = s.getResource("t").getURI();
      if (!ids.isTopic(t)) {
        return;
      }
      labels.merge(t, s.getLiteral("label").getString(), Selects::least);
      if (s.contains("alt")) {
        alts.computeIfAbsent(t, k -> new TreeSet<>()).add(s.getLiteral("alt").getString());
      }
    });
    Map<String, Entry> out = new LinkedHashMap<>();
    labels.forEach((t, label) -> {
      List<String> a = List.copyOf(alts.getOrDefault(t, Collections.emptySortedSet()));
      List<String> texts = new ArrayList<>(a);
      texts.add(0, label);
      out.put(t, new Entry(t, label, a, Terms.completions(texts)));
    });
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

}
