package org.papergraph.api.venue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.papergraph.api.index.EntityCatalog;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.index.PaperIndex.Row;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.index.ViewQueries;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.api.index.Terms;
import org.papergraph.api.index.Selects;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/**
 * Venues: conference and workshop series and journals, the list (by kind) and one venue with its
 * ranks, registry sources, editions, topic profile and related venues.
 */
@Service
class VenueService {
  static final int MAX_LIMIT = 100;
  static final int RELATED = 10;

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final Query SERIES = QueryFactory.create(PROLOGUE + """
      SELECT ?v ?type ?label ?name ?alt ?provisional ?rankSystem ?rank ?source WHERE {
        VALUES ?type { schema:EventSeries bibo:Journal }
        ?v a ?type .
        OPTIONAL { ?v skos:prefLabel ?label }
        OPTIONAL { ?v ?rankSystem ?rank VALUES ?rankSystem { pg:ccfRank pg:coreRank pg:thcplRank } }
        OPTIONAL { ?v dcterms:source ?source }
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

  /** The workshops and tracks of a series' editions (docs/model.md), with the papers whose claims name them. */
  private static final String PARTS = PROLOGUE + """
      SELECT ?e ?part ?type ?label ?name ?paper WHERE {
        VALUES ?type { bibo:Workshop schema:Event }
        ?e schema:superEvent ?venue . ?part dcterms:isPartOf ?e ; a ?type .
        OPTIONAL { ?part skos:prefLabel ?label }
        OPTIONAL { ?part schema:name ?name }
        OPTIONAL { ?claim pg:claimedPart ?part . ?paper pg:venueClaim ?claim }
      } ORDER BY ?part""";

  /**
   * The workshops held at an edition (docs/model.md), each with its host series and the papers
   * whose claims name it: listed beside the series, as kind workshop.
   */
  private static final Query WORKSHOP_PARTS = QueryFactory.create(PROLOGUE + """
      SELECT ?part ?series ?label ?name ?paper WHERE {
        ?part a bibo:Workshop ; dcterms:isPartOf ?e . ?e schema:superEvent ?series .
        OPTIONAL { ?part skos:prefLabel ?label }
        OPTIONAL { ?part schema:name ?name }
        OPTIONAL { ?claim pg:claimedPart ?part . ?paper pg:venueClaim ?claim }
      }""");

  /** A workshop of one edition: its host series and the IRIs of the papers that name it. */
  record PartEntry(String iri, String series, String label, String name, SortedSet<String> papers, String[] completions) {}

  /** A venue, as the list and autocomplete see it. */
  record Entry(
      String iri, String kind, String label, String name, List<String> altLabels, boolean provisional, Map<String, String> ranks, List<String> sources,
      String[] completions) {}

  /** Rank systems by the property that carries them. */
  private static final Map<String, String> RANK_SYSTEMS =
      Map.of(PG.ccfRank.getURI(), "ccf", PG.coreRank.getURI(), "core", PG.thcplRank.getURI(), "thcpl");

  private final ViewQueries queries;
  private final PaperIndex index;
  private final ViewCache cache;
  private final EntityIds ids;
  private final Links links;
  private final EntityCatalog<Entry> venues;

  VenueService(ViewQueries queries, PaperIndex index, ViewCache cache, EntityIds ids, Links links) {
    this.queries = queries;
    this.index = index;
    this.cache = cache;
    this.ids = ids;
    this.links = links;
    this.venues = new EntityCatalog<>("venue", cache, index, this::read, PaperIndex.Snapshot::byVenue, null);
  }

  /**
   * The venues of {@code kind} (all when null) whose acronym, name or an alias has a word starting
   * with {@code prefix} (all when null).
   */
  List<VenueView.Summary> list(String prefix, String kind, int limit) {
    String p = prefix == null ? null : prefix.strip().toLowerCase(Locale.ROOT);
    List<VenueView.Summary> series = venues.mostPapersFirst(
        e -> (kind == null || kind.equals(e.kind())) && (p == null || Terms.completes(e.completions(), p)),
        Comparator.comparing(e -> e.label() == null ? e.iri() : e.label()),
        limit,
        (e, papers) -> new VenueView.Summary(ids.venueSlug(e.iri()), e.iri(), e.kind(), e.label(), e.name(), e.provisional(), papers,
            "/api/venues/" + ids.venueSlug(e.iri())));
    if (kind != null && !kind.equals(VenueKinds.WORKSHOP)) {
      return series;
    }
    // A workshop held at one edition has no page of its own in the API: its href is the host
    // series', whose edition lists it with its papers; its iri is its linked-data page.
    List<VenueView.Summary> out = new ArrayList<>(series);
    for (PartEntry part : workshopParts()) {
      if (p == null || Terms.completes(part.completions(), p)) {
        out.add(new VenueView.Summary(ids.venueSlug(part.iri()), part.iri(), VenueKinds.WORKSHOP, part.label(), part.name(), false,
            part.papers().size(), "/api/venues/" + ids.venueSlug(part.series())));
      }
    }
    out.sort(Comparator.comparingLong(VenueView.Summary::paperCount).reversed().thenComparing(v -> v.label() == null ? v.iri() : v.label()));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /** The workshops of editions, with the papers of the paper index that name them; kept until the store changes. */
  private List<PartEntry> workshopParts() {
    return cache.get("venue-workshop-parts", () -> {
      Map<String, Row> byIri = index.snapshot().byIri();
      Map<String, PartEntry> out = new TreeMap<>();
      queries.forEach(WORKSHOP_PARTS, s -> {
        String iri = s.getResource("part").getURI();
        PartEntry e = out.get(iri);
        String label = Selects.least(e == null ? null : e.label(), Selects.lexical(s.get("label")));
        String name = Selects.least(e == null ? null : e.name(), Selects.lexical(s.get("name")));
        SortedSet<String> papers = e == null ? new TreeSet<>() : e.papers();
        RDFNode paper = s.get("paper");
        if (paper != null && paper.isURIResource() && byIri.containsKey(paper.asResource().getURI())) {
          papers.add(paper.asResource().getURI());
        }
        List<String> texts = new ArrayList<>();
        texts.add(label);
        texts.add(name);
        out.put(iri, new PartEntry(iri, s.getResource("series").getURI(), label, name, papers, Terms.completions(texts)));
      });
      return List.copyOf(out.values());
    });
  }

  Optional<VenueView> find(String slug) {
    return venues.view(ids.venueIri("venue id", slug), this::compute);
  }

  private Optional<VenueView> compute(String iri) {
    Entry entry = venues.entries().get(iri);
    if (entry == null) {
      return Optional.empty();
    }
    PaperIndex.Snapshot snap = index.snapshot();
    List<PaperIndex.Row> papers = snap.rowsAt(snap.atVenue(iri));
    Map<String, Map<String, VenueView.Part>> parts = parts(snap, iri);
    List<VenueView.Edition> editions = new ArrayList<>();
    queries.forEach(EDITIONS, "venue", iri, s -> {
      String e = s.getResource("e").getURI();
      if (editions.stream().anyMatch(x -> x.iri().equals(e))) {
        return;
      }
      List<Link> editionPapers = papers.stream()
          .filter(r -> r.venues().stream().anyMatch(v -> e.equals(v.edition())))
          .map(r -> links.paper(r.id(), r.title()))
          .toList();
      editions.add(new VenueView.Edition(e, Selects.year(s.get("year")),
          Selects.lexical(s.get("start")), Selects.lexical(s.get("end")), location(s), editionPapers.size(), editionPapers,
          List.copyOf(parts.getOrDefault(e, Map.of()).values())));
    });
    editions.sort(Comparator.comparing((VenueView.Edition e) -> e.year() == null ? 0 : e.year()).reversed());
    return Optional.of(new VenueView(
        ids.venueSlug(iri), iri, entry.kind(), entry.label(), entry.name(), entry.altLabels(), entry.provisional(), entry.ranks(), entry.sources(),
        papers.size(), editions,
        Profiles.topics(snap, links, papers), related(snap, iri), papers.stream().map(r -> links.paper(r.id(), r.title())).toList()));
  }

  /** Per edition IRI, its workshops and tracks by IRI, each with the papers whose claims name it. */
  private Map<String, Map<String, VenueView.Part>> parts(PaperIndex.Snapshot snap, String iri) {
    Map<String, Map<String, VenueView.Part>> out = new HashMap<>();
    queries.forEach(PARTS, "venue", iri, s -> {
      String e = s.getResource("e").getURI();
      String part = s.getResource("part").getURI();
      String kind = VenueKinds.of(List.of(s.getResource("type").getURI()), null).equals(VenueKinds.WORKSHOP) ? VenueKinds.WORKSHOP : "track";
      VenueView.Part p = out.computeIfAbsent(e, k -> new LinkedHashMap<>())
          .computeIfAbsent(part, k -> new VenueView.Part(part, kind, Selects.lexical(s.get("label")), Selects.lexical(s.get("name")), new ArrayList<>()));
      RDFNode paper = s.get("paper");
      PaperIndex.Row row = paper != null && paper.isURIResource() ? snap.byIri().get(paper.asResource().getURI()) : null;
      if (row != null && p.papers().stream().noneMatch(l -> l.id().equals(row.id()))) {
        p.papers().add(links.paper(row.id(), row.title()));
      }
    });
    return out;
  }

  /** Venues whose topic profile is closest to this one's, by cosine similarity; none below zero. */
  private List<VenueView.Related> related(PaperIndex.Snapshot snap, String iri) {
    Map<String, Map<String, Long>> profiles = cache.get("venue-topic-profiles", () -> {
      PaperIndex.Snapshot now = index.snapshot();
      Map<String, Map<String, Long>> out = new HashMap<>();
      now.byVenue().forEach((v, positions) -> out.put(v, Profiles.topicCounts(now.rowsAt(positions))));
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

  /** The venue series and journals, in IRI order. */
  private Map<String, Entry> read() {
    Map<String, String[]> fields = new TreeMap<>();
    Map<String, SortedSet<String>> alts = new HashMap<>();
    Map<String, SortedSet<String>> types = new HashMap<>();
    Map<String, SortedMap<String, String>> ranks = new HashMap<>();
    Map<String, SortedSet<String>> sources = new HashMap<>();
    queries.forEach(SERIES, s -> {
      String v = s.getResource("v").getURI();
      String[] f = fields.computeIfAbsent(v, k -> new String[3]);
      f[0] = Selects.least(f[0], Selects.lexical(s.get("label")));
      f[1] = Selects.least(f[1], Selects.lexical(s.get("name")));
      if ("true".equals(Selects.lexical(s.get("provisional")))) {
        f[2] = "true";
      }
      types.computeIfAbsent(v, k -> new TreeSet<>()).add(s.getResource("type").getURI());
      String alt = Selects.lexical(s.get("alt"));
      if (alt != null) {
        alts.computeIfAbsent(v, k -> new TreeSet<>()).add(alt);
      }
      String rank = Selects.lexical(s.get("rank"));
      if (rank != null && s.get("rankSystem").isURIResource()) {
        ranks.computeIfAbsent(v, k -> new TreeMap<>()).merge(RANK_SYSTEMS.get(s.getResource("rankSystem").getURI()), rank, Selects::least);
      }
      String source = Selects.lexical(s.get("source"));
      if (source != null) {
        sources.computeIfAbsent(v, k -> new TreeSet<>()).add(source);
      }
    });
    Map<String, Entry> out = new LinkedHashMap<>();
    fields.forEach((v, f) -> {
      List<String> a = List.copyOf(alts.getOrDefault(v, Collections.emptySortedSet()));
      List<String> texts = new ArrayList<>(a);
      texts.add(f[0]);
      texts.add(f[1]);
      out.put(v, new Entry(v, VenueKinds.of(types.get(v), f[1]), f[0], f[1], a, f[2] != null,
          Collections.unmodifiableMap(ranks.getOrDefault(v, Collections.emptySortedMap())),
          List.copyOf(sources.getOrDefault(v, Collections.emptySortedSet())), Terms.completions(texts)));
    });
    return out;
  }

  private static String location(QuerySolution s) {
    RDFNode name = s.get("locationName");
    if (name != null) {
      return Selects.lexical(name);
    }
    RDFNode loc = s.get("location");
    return loc == null ? null : loc.isLiteral() ? Selects.lexical(loc) : loc.asResource().getURI();
  }



}
