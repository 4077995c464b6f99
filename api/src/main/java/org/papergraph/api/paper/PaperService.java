package org.papergraph.api.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.index.PaperOrder;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.index.ViewQueries;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.core.Iris;
import org.papergraph.api.index.Selects;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.BIBO;
import org.papergraph.core.vocab.PRISM;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/** Reads papers and their neighbourhood from the store. */
@Service
class PaperService {
  /** How many papers sharing topics a paper lists. */
  static final int RELATED = 5;

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  // Only for a paper stored outside its record graph (uploaded as RDF, or written by SPARQL
  // Update): its triples, one more hop from each neighbour (two for repository owners), and
  // the cells of its author list.
  private static final String NEIGHBOURHOOD = PROLOGUE + """
      CONSTRUCT { ?paper ?p ?o . ?o ?p2 ?o2 . ?o2 ?p3 ?o3 . ?cell ?pc ?oc . ?person foaf:name ?name }
      WHERE {
        { ?paper ?p ?o .
          OPTIONAL { ?o ?p2 ?o2 FILTER(!isLiteral(?o))
            OPTIONAL { ?o2 ?p3 ?o3 FILTER(?p2 = pg:owner || ?p2 = schema:superEvent) } } }
        UNION
        { ?paper bibo:authorList/rdf:rest* ?cell . ?cell ?pc ?oc .
          OPTIONAL { ?cell rdf:first ?person . ?person foaf:name ?name } }
      }
      """;
  private static final Query CATEGORIES = QueryFactory.create(PROLOGUE + """
      SELECT ?c ?notation ?label WHERE {
        ?c skos:notation ?notation . OPTIONAL { ?c skos:prefLabel ?label }
      }""");

  private static final Query EDITIONS = QueryFactory.create(PROLOGUE + """
      SELECT DISTINCT ?e ?s ?year WHERE { ?e schema:superEvent ?s OPTIONAL { ?e pg:year ?year } }""");

  /** A venue edition's series and year, as the whole store has them. */
  private record Edition(String series, Integer year) {}

  /** An arXiv category's code and name. */
  private record Category(String notation, String label) {}


  private final GraphStore store;
  private final ViewQueries queries;
  private final Iris iris;
  private final PaperIndex index;
  private final Links links;
  private final ViewCache cache;

  PaperService(GraphStore store, ViewQueries queries, Iris iris, PaperIndex index, Links links, ViewCache cache) {
    this.store = store;
    this.queries = queries;
    this.iris = iris;
    this.index = index;
    this.links = links;
    this.cache = cache;
  }

  Optional<PaperView> find(String arxivId) {
    String iri = iris.paper(arxivId);
    Model m = describe(arxivId, iri);
    if (m == null) {
      return Optional.empty();
    }
    Resource paper = m.createResource(iri);
    PaperIndex.Snapshot snap = index.snapshot();
    PaperIndex.Row row = snap.byIri().get(iri);
    return Optional.of(
        new PaperView(
            arxivId,
            iri,
            string(paper, PG.arxivVersion),
            string(paper, DCTerms.title),
            string(paper, DCTerms.abstract_),
            string(paper, DCTerms.created),
            strings(paper, PRISM.doi),
            objects(paper, SchemaDO.sameAs).stream().map(Resource::getURI).sorted().toList(),
            strings(paper, PG.comment),
            authors(paper),
            categories(paper),
            row == null ? List.of() : topics(snap, row, paper),
            claims(snap, paper),
            sortedByIri(objects(paper, BIBO.presentedAt)).stream().map(e -> edition(snap, e)).toList(),
            repositories(paper),
            row == null ? List.of() : related(snap, row),
            iris.paperGraph(arxivId)));
  }

  /**
   * The paper's link, labelled with its title, without reading its whole view: from the paper
   * index, or from the store for a paper the index does not hold (yet); empty when the store does
   * not know the paper. For answers that only name the paper, such as its similar papers.
   */
  Optional<Link> link(String arxivId) {
    PaperIndex.Row row = index.snapshot().byIri().get(iris.paper(arxivId));
    if (row != null) {
      return Optional.of(links.paper(arxivId, row.title()));
    }
    return find(arxivId).map(p -> links.paper(arxivId, p.title()));
  }

  /**
   * What the store holds about the paper: its record graph, which the ingest makes whole (the
   * paper, its claims, editions and series, repositories and owners, authors), read by one index
   * scan; or, for a paper stored elsewhere, its neighbourhood in the union graph. Null when the
   * store does not know the paper.
   */
  private Model describe(String arxivId, String iri) {
    Resource paper = ResourceFactory.createResource(iri);
    String graph = iris.paperGraph(arxivId);
    Model record = ModelFactory.createModelForGraph(store.getGraph(graph));
    if (record.contains(paper, null, (RDFNode) null)) {
      return record;
    }
    ParameterizedSparqlString pss = new ParameterizedSparqlString(NEIGHBOURHOOD);
    pss.setIri("paper", iri);
    Model m = queries.query(pss.asQuery(), qe -> qe.execConstruct());
    return m.contains(paper, null, (RDFNode) null) ? m : null;
  }

  private List<PaperView.TopicView> topics(PaperIndex.Snapshot snap, PaperIndex.Row row, Resource paper) {
    Map<String, List<PaperView.EvidenceView>> evidence = evidence(paper);
    Map<String, BigDecimal> similarity = similarity(paper);
    List<PaperView.TopicView> views = new ArrayList<>(row.topics().stream().map(t -> {
      var l = links.topic(t.iri(), snap.label(t.iri()));
      return new PaperView.TopicView(l.id(), t.iri(), l.label(), t.score(), t.method(), similarity.get(t.iri()), l.href(),
          evidence.getOrDefault(t.iri(), List.of()));
    }).toList());
    views.sort(BEST_FIRST);
    return List.copyOf(views);
  }

  /**
   * A paper's topics in the tagger's order: by score; at the same score a topic of the text before
   * a broader one added above it, then the one with more mentions kept as evidence, then the one
   * named first (the title first). The index keeps topics by score alone, and equal scores are
   * common (one mention in a lead sentence is 0.7), so without this they would come in the order
   * of their IRIs, alphabetical, which is not how central they are.
   */
  static final Comparator<PaperView.TopicView> BEST_FIRST = Comparator
      .comparing((PaperView.TopicView t) -> t.score() == null ? BigDecimal.ZERO : t.score(), Comparator.reverseOrder())
      .thenComparing(t -> PG.CsoBroaderEnhancement.getURI().equals(t.method()))
      .thenComparing(t -> -t.evidence().size())
      .thenComparingLong(t -> t.evidence().isEmpty() ? Long.MAX_VALUE : firstNamed(t.evidence().get(0)))
      .thenComparing(PaperView.TopicView::iri);

  /** Where a mention is, as one number that puts the title before the abstract and earlier before later. */
  private static long firstNamed(PaperView.EvidenceView e) {
    long offset = e.startOffset() == null ? Integer.MAX_VALUE : e.startOffset();
    return PG.TitleText.getURI().equals(e.textPosition()) ? offset : (1L << 32) + offset;
  }

  /** The cosine the topic check recorded on each of the paper's assignments it kept, by topic IRI. */
  private static Map<String, BigDecimal> similarity(Resource paper) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (Resource a : objects(paper, PG.topicAssignment)) {
      Resource topic = a.getPropertyResourceValue(PG.topic);
      Statement s = a.getProperty(PG.semanticSimilarity);
      if (topic != null && topic.isURIResource() && s != null && s.getObject().isLiteral()) {
        try {
          out.put(topic.getURI(), new BigDecimal(s.getLiteral().getLexicalForm()));
        } catch (NumberFormatException notADecimal) {
          // Written by hand through SPARQL Update: left out rather than failing the page.
        }
      }
    }
    return out;
  }

  /** The evidence of the paper's topic assignments, by topic IRI, in text order (title first). */
  private static Map<String, List<PaperView.EvidenceView>> evidence(Resource paper) {
    Map<String, List<PaperView.EvidenceView>> out = new HashMap<>();
    for (Resource a : objects(paper, PG.topicAssignment)) {
      Resource topic = a.getPropertyResourceValue(PG.topic);
      if (topic == null || !topic.isURIResource()) {
        continue;
      }
      List<PaperView.EvidenceView> list = new ArrayList<>();
      for (Resource e : objects(a, PG.evidence)) {
        Resource position = e.getPropertyResourceValue(PG.textPosition);
        list.add(new PaperView.EvidenceView(string(e, PG.matchedText), position == null ? null : position.getURI(), integer(e, PG.startOffset), integer(e, PG.endOffset)));
      }
      list.sort(
          Comparator.comparing((PaperView.EvidenceView v) -> !PG.TitleText.getURI().equals(v.textPosition()))
              .thenComparing(v -> v.startOffset() == null ? Integer.MAX_VALUE : v.startOffset()));
      out.put(topic.getURI(), List.copyOf(list));
    }
    return out;
  }

  private static Integer integer(Resource r, Property p) {
    var s = r.getProperty(p);
    return s == null || !s.getObject().isLiteral() ? null : s.getInt();
  }

  private List<PaperView.VenueClaimView> claims(PaperIndex.Snapshot snap, Resource paper) {
    List<PaperView.VenueClaimView> out = new ArrayList<>();
    for (Resource c : sortedByIri(objects(paper, PG.venueClaim))) {
      Resource status = c.getPropertyResourceValue(PG.venueStatus);
      Resource edition = c.getPropertyResourceValue(PG.claimedVenue);
      out.add(new PaperView.VenueClaimView(
          c.getURI(),
          string(c, PG.rawText),
          status == null ? null : status.getLocalName(),
          edition == null ? null : edition(snap, edition)));
    }
    return out;
  }

  /**
   * An edition with its year and series: from the store's editions (the venue registry's, and
   * any other graph's), else from the paper's own graph.
   */
  private PaperView.EditionView edition(PaperIndex.Snapshot snap, Resource edition) {
    Map<String, Edition> editions = cache.get("editions", () -> {
      Map<String, Edition> out = new HashMap<>();
      queries.forEach(EDITIONS, s -> {
        if (s.get("e").isURIResource() && s.get("s").isURIResource()) {
          out.merge(s.getResource("e").getURI(), new Edition(s.getResource("s").getURI(), Selects.year(s.get("year"))),
              (a, b) -> a.year() != null ? a : b);
        }
      });
      return out;
    });
    Edition known = edition.isURIResource() ? editions.get(edition.getURI()) : null;
    String series;
    Integer year;
    if (known != null) {
      series = known.series();
      year = known.year();
    } else {
      Resource s = edition.getPropertyResourceValue(SchemaDO.superEvent);
      Statement y = edition.getProperty(PG.year);
      series = s == null ? null : s.getURI();
      year = y == null ? null : Selects.year(y.getObject());
    }
    String label = series == null ? null : snap.label(series);
    if (series != null && label == null) {
      label = string(edition.getModel().createResource(series), SKOS.prefLabel);
    }
    return new PaperView.EditionView(edition.getURI(), year, series == null ? null : links.venue(series, label));
  }

  /** The authors in list order; a malformed or cyclic list ends where it breaks. */
  private static List<PaperView.AuthorView> authors(Resource paper) {
    List<PaperView.AuthorView> out = new ArrayList<>();
    Set<Resource> seen = new HashSet<>();
    Resource cell = paper.getPropertyResourceValue(BIBO.authorList);
    while (cell != null && !cell.equals(RDF.nil) && seen.add(cell)) {
      Resource person = cell.getPropertyResourceValue(RDF.first);
      if (person != null && person.isURIResource()) {
        out.add(new PaperView.AuthorView(person.getURI(), string(person, FOAF.name)));
      }
      cell = cell.getPropertyResourceValue(RDF.rest);
    }
    return out;
  }

  private List<PaperView.CategoryView> categories(Resource paper) {
    Map<String, Category> known = cache.get("arxiv-categories", () -> {
      Map<String, Category> out = new HashMap<>();
      queries.forEach(CATEGORIES, s -> out.putIfAbsent(s.getResource("c").getURI(),
          new Category(Selects.lexical(s.get("notation")), Selects.lexical(s.get("label")))));
      return out;
    });
    List<PaperView.CategoryView> out = new ArrayList<>();
    for (Resource c : objects(paper, PG.arxivCategory)) {
      Category k = known.get(c.getURI());
      out.add(new PaperView.CategoryView(
          k == null ? null : k.notation(), c.getURI(), k == null ? null : k.label(), paper.hasProperty(PG.primaryArxivCategory, c)));
    }
    out.sort(Comparator.comparing(PaperView.CategoryView::primary).reversed().thenComparing(PaperView.CategoryView::iri));
    return out;
  }

  private List<PaperView.RepositoryView> repositories(Resource paper) {
    List<PaperView.RepositoryView> repos = new ArrayList<>();
    for (Resource repo : objects(paper, PG.hasRepository)) {
      Resource owner = repo.getPropertyResourceValue(PG.owner);
      PaperView.OwnerView ownerView = owner == null ? null : new PaperView.OwnerView(
          owner.getURI(), string(owner, FOAF.accountName), iri(owner, SchemaDO.url),
          links.owner(owner.getURI()).href());
      repos.add(new PaperView.RepositoryView(
          repo.getURI(),
          iri(repo, SchemaDO.codeRepository),
          string(repo, SchemaDO.name),
          paper.hasProperty(PG.hasOfficialRepository, repo),
          ownerView,
          links.repository(repo.getURI()).href()));
    }
    repos.sort(Comparator.comparing(PaperView.RepositoryView::official).reversed().thenComparing(PaperView.RepositoryView::iri));
    return repos;
  }

  /**
   * Papers sharing the most topics with this one, then the newest: shared topics are counted
   * over the topics' postings, so only papers sharing at least one topic are touched.
   */
  private List<PaperView.RelatedPaper> related(PaperIndex.Snapshot snap, PaperIndex.Row row) {
    List<PaperIndex.Row> rows = snap.rows();
    int self = Collections.binarySearch(rows, row, PaperOrder.NEWEST_FIRST);
    int[] shared = new int[rows.size()];
    for (PaperIndex.TopicRef t : row.topics()) {
      for (int p : snap.withTopic(t.iri())) {
        shared[p]++;
      }
    }
    // Positions run newest first, so a later paper enters the best only with strictly more
    // shared topics than the weakest kept.
    int[] best = new int[RELATED];
    int kept = 0;
    for (int p = 0; p < shared.length; p++) {
      if (p == self || shared[p] == 0 || (kept == RELATED && shared[p] <= shared[best[kept - 1]])) {
        continue;
      }
      int at = kept == RELATED ? RELATED - 1 : kept++;
      while (at > 0 && shared[best[at - 1]] < shared[p]) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = p;
    }
    Set<String> mine = new HashSet<>();
    row.topics().forEach(t -> mine.add(t.iri()));
    List<PaperView.RelatedPaper> out = new ArrayList<>();
    for (int i = 0; i < kept; i++) {
      PaperIndex.Row other = rows.get(best[i]);
      List<String> common = other.topics().stream().map(PaperIndex.TopicRef::iri).filter(mine::contains)
          .map(t -> links.topic(t, null).id()).sorted().toList();
      out.add(new PaperView.RelatedPaper(other.id(), other.iri(), other.title(), common, "/api/papers/" + other.id()));
    }
    return out;
  }

  private static List<Resource> sortedByIri(List<Resource> resources) {
    List<Resource> out = new ArrayList<>(resources);
    out.sort(Comparator.comparing(r -> r.isURIResource() ? r.getURI() : r.toString()));
    return out;
  }

  private static String string(Resource r, Property p) {
    Statement s = r.getProperty(p);
    return s == null || !s.getObject().isLiteral() ? null : s.getString();
  }

  private static String iri(Resource r, Property p) {
    Resource o = r.getPropertyResourceValue(p);
    return o == null ? null : o.getURI();
  }

  private static List<String> strings(Resource r, Property p) {
    List<String> out = new ArrayList<>();
    r.listProperties(p).forEach(s -> out.add(s.getString()));
    out.sort(null);
    return out;
  }

  private static List<Resource> objects(Resource r, Property p) {
    List<Resource> out = new ArrayList<>();
    r.listProperties(p).forEach(s -> {
      if (s.getObject().isURIResource()) {
        out.add(s.getResource());
      }
    });
    return out;
  }
}
