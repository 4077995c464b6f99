package org.papergraph.api.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.api.index.Terms;
import org.papergraph.api.index.Selects;
import org.papergraph.core.store.GraphStore;
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
  record Entry(String iri, String label, List<String> altLabels, String[] words) {}

  private final GraphStore store;
  private final PaperIndex index;
  private final ViewCache cache;
  private final EntityIds ids;
  private final Links links;

  TopicService(GraphStore store, PaperIndex index, ViewCache cache, EntityIds ids, Links links) {
    this.store = store;
    this.index = index;
    this.cache = cache;
    this.ids = ids;
    this.links = links;
  }

  /** The topics whose label or alternative label has a word starting with {@code prefix}; all when null. */
  List<TopicView.Summary> list(String prefix, int limit) {
    Map<String, Long> counts = paperCounts();
    String p = prefix == null ? null : prefix.strip().toLowerCase(Locale.ROOT);
    return entries().stream()
        .filter(e -> p == null || matches(e, p))
        .sorted(Comparator.comparing((Entry e) -> counts.getOrDefault(e.iri(), 0L)).reversed()
            .thenComparing(e -> p != null && !e.label().toLowerCase(Locale.ROOT).startsWith(p))
            .thenComparing(Entry::label))
        .limit(limit)
        .map(e -> new TopicView.Summary(ids.topicSlug(e.iri()), e.iri(), e.label(), e.altLabels(), counts.getOrDefault(e.iri(), 0L),
            "/api/topics/" + ids.topicSlug(e.iri())))
        .toList();
  }

  /** A prefix matches the start of the whole label or of any of its words. */
  private static boolean matches(Entry e, String prefix) {
    for (String w : e.words()) {
      if (w.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  Optional<TopicView> find(String slug) {
    String iri = ids.topicIri("topic id", slug);
    return cache.get("topic:" + iri, () -> compute(iri));
  }

  private Optional<TopicView> compute(String iri) {
    PaperIndex.Snapshot snap = index.snapshot();
    Entry entry = entries().stream().filter(e -> e.iri().equals(iri)).findFirst().orElse(null);
    List<PaperIndex.Row> papers = snap.rows().stream().filter(r -> r.hasTopic(iri)).toList();
    if (entry == null && papers.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<Link>> neighbours = new HashMap<>();
    Selects.forEach(store, NEIGHBOURS, "topic", iri, s -> {
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
    Map<String, Long> perTopic = paperCounts();
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

  /** Papers per topic IRI. */
  Map<String, Long> paperCounts() {
    return cache.get("topic-paper-counts", () -> Profiles.topicCounts(index.snapshot().rows()));
  }

  /** The scheme's topics (not arXiv categories), with their labels. */
  List<Entry> entries() {
    return cache.get("topic-entries", () -> {
      Map<String, String> labels = new TreeMap<>();
      Map<String, List<String>> alts = new HashMap<>();
      Selects.forEach(store, CONCEPTS, s -> {
        String t = s.getResource("t").getURI();
        if (!ids.isTopic(t)) {
          return;
        }
        labels.merge(t, s.getLiteral("label").getString(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        if (s.contains("alt")) {
          List<String> list = alts.computeIfAbsent(t, k -> new ArrayList<>());
          String alt = s.getLiteral("alt").getString();
          if (!list.contains(alt)) {
            list.add(alt);
          }
        }
      });
      List<Entry> out = new ArrayList<>();
      labels.forEach((t, label) -> {
        List<String> a = alts.getOrDefault(t, new ArrayList<>());
        a.sort(null);
        List<String> words = new ArrayList<>();
        // Precomputed once per store version, so that autocomplete is a scan of short strings.
        for (String text : concat(label, a)) {
          words.add(text.toLowerCase(Locale.ROOT));
          words.addAll(Terms.of(text).words());
        }
        out.add(new Entry(t, label, List.copyOf(a), words.toArray(String[]::new)));
      });
      return List.copyOf(out);
    });
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

}
