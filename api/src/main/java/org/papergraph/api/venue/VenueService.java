package org.papergraph.api.venue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
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

/** Venue series: the list, and one series with editions, topic profile and related venues. */
@Service
class VenueService {
  static final int MAX_LIMIT = 100;
  static final int RELATED = 10;

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final Query SERIES = QueryFactory.create(PROLOGUE + """
      SELECT ?v ?label ?name ?alt ?provisional WHERE {
        ?v a schema:EventSeries .
        OPTIONAL { ?v skos:prefLabel ?label }
        OPTIONAL { ?v schema:name ?name }
        OPTIONAL { ?v skos:altLabel ?alt }
        OPTIONAL { ?v pg:provisional ?provisional }
      }""");
  private static final String EDITIONS = PROLOGUE + """
      SELECT ?e ?year ?start ?end ?location ?locationName WHERE {
        ?e schema:superEvent ?venue .
        OPTIONAL { ?e pg:year ?year }
        OPTIONAL { ?e schema:startDate ?start }
        OPTIONAL { ?e schema:endDate ?end }
        OPTIONAL { ?e schema:location ?location OPTIONAL { ?location schema:name ?locationName } }
      } ORDER BY ?e""";

  record Entry(String iri, String label, String name, List<String> altLabels, boolean provisional) {
    boolean matches(String prefix) {
      List<String> texts = new ArrayList<>(altLabels);
      texts.add(label == null ? "" : label);
      texts.add(name == null ? "" : name);
      return texts.stream().anyMatch(t -> Terms.startsAWord(t, prefix));
    }
  }

  private final GraphStore store;
  private final PaperIndex index;
  private final ViewCache cache;
  private final EntityIds ids;
  private final Links links;

  VenueService(GraphStore store, PaperIndex index, ViewCache cache, EntityIds ids, Links links) {
    this.store = store;
    this.index = index;
    this.cache = cache;
    this.ids = ids;
    this.links = links;
  }

  List<VenueView.Summary> list(String prefix, int limit) {
    Map<String, Long> counts = paperCounts();
    String p = prefix == null ? null : prefix.strip().toLowerCase(Locale.ROOT);
    return entries().values().stream()
        .filter(e -> p == null || e.matches(p))
        .sorted(Comparator.comparing((Entry e) -> counts.getOrDefault(e.iri(), 0L)).reversed().thenComparing(e -> e.label() == null ? e.iri() : e.label()))
        .limit(limit)
        .map(e -> new VenueView.Summary(ids.venueSlug(e.iri()), e.iri(), e.label(), e.name(), e.provisional(), counts.getOrDefault(e.iri(), 0L),
            "/api/venues/" + ids.venueSlug(e.iri())))
        .toList();
  }

  Optional<VenueView> find(String slug) {
    String iri = ids.venueIri("venue id", slug);
    return cache.get("venue:" + iri, () -> compute(iri));
  }

  private Optional<VenueView> compute(String iri) {
    Entry entry = entries().get(iri);
    if (entry == null) {
      return Optional.empty();
    }
    PaperIndex.Snapshot snap = index.snapshot();
    List<PaperIndex.Row> papers = snap.rows().stream().filter(r -> r.atVenue(iri)).toList();
    List<VenueView.Edition> editions = new ArrayList<>();
    Selects.forEach(store, EDITIONS, "venue", iri, s -> {
      String e = s.getResource("e").getURI();
      if (editions.stream().anyMatch(x -> x.iri().equals(e))) {
        return;
      }
      List<Link> editionPapers = papers.stream()
          .filter(r -> r.venues().stream().anyMatch(v -> v.edition().equals(e)))
          .map(r -> links.paper(r.id(), r.title()))
          .toList();
      editions.add(new VenueView.Edition(e, Selects.year(s.get("year")),
          Selects.lexical(s.get("start")), Selects.lexical(s.get("end")), location(s), editionPapers.size(), editionPapers));
    });
    editions.sort(Comparator.comparing((VenueView.Edition e) -> e.year() == null ? 0 : e.year()).reversed());
    return Optional.of(new VenueView(
        ids.venueSlug(iri), iri, entry.label(), entry.name(), entry.altLabels(), entry.provisional(), papers.size(), editions,
        Profiles.topics(snap, links, papers), related(snap, iri), papers.stream().map(r -> links.paper(r.id(), r.title())).toList()));
  }

  /** Venues whose topic profile is closest to this one's, by cosine similarity; none below zero. */
  private List<VenueView.Related> related(PaperIndex.Snapshot snap, String iri) {
    Map<String, Map<String, Long>> profiles = cache.get("venue-topic-profiles", () -> {
      Map<String, List<PaperIndex.Row>> byVenue = new HashMap<>();
      for (PaperIndex.Row r : index.snapshot().rows()) {
        r.venues().stream().map(PaperIndex.VenueRef::series).distinct().forEach(v -> byVenue.computeIfAbsent(v, k -> new ArrayList<>()).add(r));
      }
      Map<String, Map<String, Long>> out = new HashMap<>();
      byVenue.forEach((v, rows) -> out.put(v, Profiles.topicCounts(rows)));
      return out;
    });
    Map<String, Long> mine = profiles.getOrDefault(iri, Map.of());
    return profiles.entrySet().stream()
        .filter(e -> !e.getKey().equals(iri))
        .map(e -> new VenueView.Related(links.venue(e.getKey(), snap.label(e.getKey())), Math.round(10000 * Profiles.cosine(mine, e.getValue())) / 10000.0))
        .filter(r -> r.similarity() > 0)
        .sorted(Comparator.comparingDouble(VenueView.Related::similarity).reversed().thenComparing(r -> r.venue().id()))
        .limit(RELATED)
        .toList();
  }

  private Map<String, Long> paperCounts() {
    return cache.get("venue-paper-counts", () -> {
      Map<String, Long> counts = new HashMap<>();
      for (PaperIndex.Row r : index.snapshot().rows()) {
        r.venues().stream().map(PaperIndex.VenueRef::series).distinct().forEach(v -> counts.merge(v, 1L, Long::sum));
      }
      return counts;
    });
  }

  private Map<String, Entry> entries() {
    return cache.get("venue-entries", () -> {
      Map<String, String[]> fields = new TreeMap<>();
      Map<String, List<String>> alts = new HashMap<>();
      Selects.forEach(store, SERIES, s -> {
        String v = s.getResource("v").getURI();
        String[] f = fields.computeIfAbsent(v, k -> new String[3]);
        f[0] = min(f[0], Selects.lexical(s.get("label")));
        f[1] = min(f[1], Selects.lexical(s.get("name")));
        if ("true".equals(Selects.lexical(s.get("provisional")))) {
          f[2] = "true";
        }
        String alt = Selects.lexical(s.get("alt"));
        if (alt != null) {
          List<String> list = alts.computeIfAbsent(v, k -> new ArrayList<>());
          if (!list.contains(alt)) {
            list.add(alt);
          }
        }
      });
      Map<String, Entry> out = new LinkedHashMap<>();
      fields.forEach((v, f) -> {
        List<String> a = alts.getOrDefault(v, new ArrayList<>());
        a.sort(null);
        out.put(v, new Entry(v, f[0], f[1], List.copyOf(a), f[2] != null));
      });
      return out;
    });
  }

  private static String location(QuerySolution s) {
    RDFNode name = s.get("locationName");
    if (name != null) {
      return Selects.lexical(name);
    }
    RDFNode loc = s.get("location");
    return loc == null ? null : loc.isLiteral() ? Selects.lexical(loc) : loc.asResource().getURI();
  }

  private static String min(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }


}
