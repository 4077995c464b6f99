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
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.api.index.EntityCatalog;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.index.PaperIndex.Row;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.index.ViewQueries;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.api.index.Terms;
import org.papergraph.api.index.Selects;
import org.papergraph.core.vocab.BIBO;
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
      SELECT ?v ?type ?label ?name ?alt ?provisional ?rankSystem ?rank ?source ?issn WHERE {
        VALUES ?type { schema:EventSeries bibo:Journal }
        ?v a ?type .
        OPTIONAL { ?v skos:prefLabel ?label }
        OPTIONAL { ?v ?rankSystem ?rank VALUES ?rankSystem { pg:ccfRank pg:coreRank pg:thcplRank } }
        OPTIONAL { ?v dcterms:source ?source }
        OPTIONAL { ?v schema:name ?name }
        OPTIONAL { ?v skos:altLabel ?alt }
        OPTIONAL { ?v pg:provisional ?provisional }
        OPTIONAL { ?v bibo:issn ?issn }
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
   * The workshops (docs/model.md), with the editions they are held at and those editions' series:
   * a workshop held at an edition is listed beside the series, as kind workshop.
   */
  private static final Query WORKSHOPS = QueryFactory.create(PROLOGUE + """
      SELECT ?part ?e ?series ?label ?name WHERE {
        ?part a bibo:Workshop .
        OPTIONAL { ?part dcterms:isPartOf ?e OPTIONAL { ?e schema:superEvent ?series } }
        OPTIONAL { ?part skos:prefLabel ?label }
        OPTIONAL { ?part schema:name ?name }
      }""");

  /** A workshop of one edition: its host series (the least, should it have several) and what it is called. */
  record PartEntry(String iri, String series, String label, String name, String[] completions) {}

  /**
   * The workshops as {@link #WORKSHOPS} reads them: by IRI, and for each edition one of them is
   * part of, that edition's series.
   */
  record Workshops(Map<String, Workshop> byIri, Map<String, SortedSet<String>> seriesOfEdition) {
    /** One workshop: the editions it is part of, and its least label and name. */
    record Workshop(String iri, SortedSet<String> editions, String label, String name) {}

    /** True when {@code t} is a triple of the kind {@link #WORKSHOPS} reads, whatever its subject. */
    static boolean reads(Triple t) {
      return t.getPredicate().equals(RDF.Nodes.type) ? t.getObject().equals(BIBO.Workshop.asNode()) : WORKSHOP_PROPERTIES.contains(t.getPredicate());
    }

    /** True when adding {@code t} to the store may change what these workshops are. */
    boolean addedChanges(Triple t) {
      // A blank node is never read as a workshop or an edition (the ingest run's agent has a
      // schema:name, say).
      if (!reads(t) || !t.getSubject().isURI()) {
        return false;
      }
      String s = t.getSubject().getURI();
      Node p = t.getPredicate();
      if (p.equals(SUPER_EVENT)) {
        // The series of an edition no workshop is part of is not read.
        SortedSet<String> series = seriesOfEdition.get(s);
        return series != null && !(t.getObject().isURI() && series.contains(t.getObject().getURI()));
      }
      Workshop w = byIri.get(s);
      if (p.equals(RDF.Nodes.type)) {
        return w == null;
      }
      if (w == null) {
        // Something that is no workshop: only its type would make it one.
        return false;
      }
      if (p.equals(DCTerms.isPartOf.asNode())) {
        return !(t.getObject().isURI() && w.editions().contains(t.getObject().getURI()));
      }
      String lexical = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : null;
      String kept = p.equals(SKOS.prefLabel.asNode()) ? w.label() : w.name();
      return lexical != null && !Objects.equals(Selects.least(kept, lexical), kept);
    }

    /** True when removing {@code t} from the store may change what these workshops are. */
    boolean removedChanges(Triple t) {
      if (!reads(t) || !t.getSubject().isURI()) {
        return false;
      }
      String s = t.getSubject().getURI();
      return t.getPredicate().equals(SUPER_EVENT) ? seriesOfEdition.containsKey(s) : byIri.containsKey(s);
    }
  }

  private static final Node SUPER_EVENT = NodeFactory.createURI(Vocabularies.SCHEMA + "superEvent");
  /** The properties {@link #WORKSHOPS} reads, besides the type. */
  private static final Set<Node> WORKSHOP_PROPERTIES = Set.of(DCTerms.isPartOf.asNode(), SUPER_EVENT, SKOS.prefLabel.asNode(),
      NodeFactory.createURI(Vocabularies.SCHEMA + "name"));

  /** A venue, as the list and autocomplete see it. */
  record Entry(
      String iri, String kind, String label, String name, List<String> altLabels, boolean provisional, Map<String, String> ranks, List<String> sources,
      List<String> issns, String[] completions) {}

  /** Rank systems by the property that carries them. */
  private static final Map<String, String> RANK_SYSTEMS =
      Map.of(PG.ccfRank.getURI(), "ccf", PG.coreRank.getURI(), "core", PG.thcplRank.getURI(), "thcpl");

  private final ViewQueries queries;
  private final PaperIndex index;
  private final ViewCache cache;
  private final EntityIds ids;
  private final Links links;
  private final EntityCatalog<Entry> venues;
  private final StoreChanges.Mark workshopsChange;

  VenueService(ViewQueries queries, PaperIndex index, ViewCache cache, EntityIds ids, Links links) {
    this.queries = queries;
    this.index = index;
    this.cache = cache;
    this.ids = ids;
    this.links = links;
    // Every paper with a venue repeats its series' description in its record graph, and every
    // workshop paper its workshop's: what the entries and the workshops hold tells whether a
    // written triple changes them.
    StoreChanges.Mark entriesChange = cache.markChanging(
        EntityCatalog.entriesKey("venue"), VenueService::readBySeries, VenueService::addedChanges, VenueService::removedChanges);
    this.venues = new EntityCatalog<>("venue", cache, index, this::read, PaperIndex.Snapshot::byVenue, entriesChange);
    this.workshopsChange = cache.markChanging(WORKSHOPS_KEY, Workshops::reads, Workshops::addedChanges, Workshops::removedChanges);
  }

  /** Where the workshops are kept in the {@link ViewCache}. */
  private static final String WORKSHOPS_KEY = "venue-workshops";

  private static final Node SCHEMA_NAME = NodeFactory.createURI(Vocabularies.SCHEMA + "name");
  /** The properties {@link #SERIES} reads of a series, besides its type. */
  private static final Set<Node> SERIES_PROPERTIES = Set.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), SCHEMA_NAME,
      DCTerms.source.asNode(), PG.provisional.asNode(), PG.ccfRank.asNode(), PG.coreRank.asNode(), PG.thcplRank.asNode(), BIBO.issn.asNode());
  private static final Set<Node> SERIES_TYPES = Set.of(NodeFactory.createURI(Vocabularies.SCHEMA + "EventSeries"), BIBO.Journal.asNode());

  /** True when {@code t} is a triple of the kind {@link #SERIES} reads, whatever its subject. */
  static boolean readBySeries(Triple t) {
    return t.getPredicate().equals(RDF.Nodes.type) ? SERIES_TYPES.contains(t.getObject()) : SERIES_PROPERTIES.contains(t.getPredicate());
  }

  /** True when adding {@code t} to the store may change {@code entries}, which {@link #read} made from it before. */
  static boolean addedChanges(Map<String, Entry> entries, Triple t) {
    // A blank node is never listed as a series.
    if (!readBySeries(t) || !t.getSubject().isURI()) {
      return false;
    }
    Entry e = entries.get(t.getSubject().getURI());
    if (t.getPredicate().equals(RDF.Nodes.type)) {
      // A new series, or a series becoming a journal; an entry that is not a journal is an event series.
      return e == null || (!VenueKinds.JOURNAL.equals(e.kind()) && t.getObject().equals(BIBO.Journal.asNode()));
    }
    if (e == null) {
      // A label of something that is no series: the entries do not see it.
      return false;
    }
    String lexical = t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : null;
    if (lexical == null) {
      return false;
    }
    Node p = t.getPredicate();
    if (p.equals(SKOS.prefLabel.asNode())) {
      return !Objects.equals(Selects.least(e.label(), lexical), e.label());
    } else if (p.equals(SCHEMA_NAME)) {
      return !Objects.equals(Selects.least(e.name(), lexical), e.name());
    } else if (p.equals(SKOS.altLabel.asNode())) {
      return !e.altLabels().contains(lexical);
    } else if (p.equals(DCTerms.source.asNode())) {
      return !e.sources().contains(lexical);
    } else if (p.equals(PG.provisional.asNode())) {
      return "true".equals(lexical) && !e.provisional();
    } else if (p.equals(BIBO.issn.asNode())) {
      return !e.issns().contains(lexical);
    }
    String system = RANK_SYSTEMS.get(p.getURI());
    String rank = e.ranks().get(system);
    return !Objects.equals(Selects.least(rank, lexical), rank);
  }

  /**
   * True when removing {@code t} from the store may change {@code entries}: any triple they read of
   * a series, since another graph may or may not state it too.
   */
  static boolean removedChanges(Map<String, Entry> entries, Triple t) {
    return readBySeries(t) && t.getSubject().isURI() && entries.containsKey(t.getSubject().getURI());
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
    PaperIndex.Snapshot snap = index.snapshot();
    for (PartEntry part : workshopParts()) {
      if (p == null || Terms.completes(part.completions(), p)) {
        out.add(new VenueView.Summary(ids.venueSlug(part.iri()), part.iri(), VenueKinds.WORKSHOP, part.label(), part.name(), false,
            snap.claimingPart(part.iri()).length, "/api/venues/" + ids.venueSlug(part.series())));
      }
    }
    out.sort(Comparator.comparingLong(VenueView.Summary::paperCount).reversed().thenComparing(v -> v.label() == null ? v.iri() : v.label()));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /** The workshops held at an edition, kept until a write changes what {@link #WORKSHOPS} reads. */
  private List<PartEntry> workshopParts() {
    Workshops workshops = cache.getUntil(WORKSHOPS_KEY, workshopsChange, this::readWorkshops);
    List<PartEntry> out = new ArrayList<>();
    workshops.byIri().values().forEach(w -> {
      String series = null;
      for (String e : w.editions()) {
        SortedSet<String> of = workshops.seriesOfEdition().getOrDefault(e, Collections.emptySortedSet());
        series = Selects.least(series, of.isEmpty() ? null : of.first());
      }
      if (series != null) {
        List<String> texts = new ArrayList<>();
        texts.add(w.label());
        texts.add(w.name());
        out.add(new PartEntry(w.iri(), series, w.label(), w.name(), Terms.completions(texts)));
      }
    });
    return out;
  }

  private Workshops readWorkshops() {
    Map<String, String[]> fields = new TreeMap<>();
    Map<String, SortedSet<String>> editions = new HashMap<>();
    Map<String, SortedSet<String>> seriesOfEdition = new HashMap<>();
    queries.forEach(WORKSHOPS, s -> {
      if (!s.get("part").isURIResource()) {
        return;
      }
      String iri = s.getResource("part").getURI();
      String[] f = fields.computeIfAbsent(iri, k -> new String[2]);
      f[0] = Selects.least(f[0], Selects.lexical(s.get("label")));
      f[1] = Selects.least(f[1], Selects.lexical(s.get("name")));
      SortedSet<String> of = editions.computeIfAbsent(iri, k -> new TreeSet<>());
      RDFNode e = s.get("e");
      if (e != null && e.isURIResource()) {
        of.add(e.asResource().getURI());
        SortedSet<String> series = seriesOfEdition.computeIfAbsent(e.asResource().getURI(), k -> new TreeSet<>());
        RDFNode whole = s.get("series");
        if (whole != null && whole.isURIResource()) {
          series.add(whole.asResource().getURI());
        }
      }
    });
    Map<String, Workshops.Workshop> byIri = new LinkedHashMap<>();
    fields.forEach((iri, f) -> byIri.put(iri, new Workshops.Workshop(iri, editions.get(iri), f[0], f[1])));
    return new Workshops(byIri, seriesOfEdition);
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
        entry.issns(), papers.size(), editions,
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
    Map<String, SortedSet<String>> issns = new HashMap<>();
    queries.forEach(SERIES, s -> {
      if (!s.get("v").isURIResource()) {
        return;
      }
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
      String issn = Selects.lexical(s.get("issn"));
      if (issn != null) {
        issns.computeIfAbsent(v, k -> new TreeSet<>()).add(issn);
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
          List.copyOf(sources.getOrDefault(v, Collections.emptySortedSet())), List.copyOf(issns.getOrDefault(v, Collections.emptySortedSet())),
          Terms.completions(texts)));
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
