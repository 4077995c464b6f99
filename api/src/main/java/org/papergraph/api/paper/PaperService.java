package org.papergraph.api.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.papergraph.api.web.Links;
import org.papergraph.core.Iris;
import org.papergraph.api.view.Selects;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/** Reads papers and their neighbourhood from the store. */
@Service
class PaperService {
  /** How many papers sharing topics a paper lists. */
  static final int RELATED = 5;

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final String NEIGHBOURHOOD = PROLOGUE + """
      CONSTRUCT { ?paper ?p ?o . ?o ?p2 ?o2 . ?o2 ?p3 ?o3 }
      WHERE {
        ?paper ?p ?o .
        OPTIONAL { ?o ?p2 ?o2 FILTER(isIRI(?o))
          OPTIONAL { ?o2 ?p3 ?o3 FILTER(?p2 = pg:owner) } }
      }
      """;
  private static final String CLAIMS = PROLOGUE + """
      SELECT ?c ?raw ?status ?e ?year ?s ?label WHERE {
        ?paper pg:venueClaim ?c .
        OPTIONAL { ?c pg:rawText ?raw }
        OPTIONAL { ?c pg:venueStatus ?status }
        OPTIONAL { ?c pg:claimedVenue ?e
          OPTIONAL { ?e pg:year ?year }
          OPTIONAL { ?e schema:superEvent ?s OPTIONAL { ?s skos:prefLabel ?label } } }
      } ORDER BY ?c""";
  private static final String PRESENTED = PROLOGUE + """
      SELECT ?e ?year ?s ?label WHERE {
        ?paper bibo:presentedAt ?e .
        OPTIONAL { ?e pg:year ?year }
        OPTIONAL { ?e schema:superEvent ?s OPTIONAL { ?s skos:prefLabel ?label } }
      } ORDER BY ?e""";
  private static final String AUTHORS = PROLOGUE + """
      SELECT ?cell ?person ?next ?name ?head WHERE {
        ?paper bibo:authorList ?head .
        ?head rdf:rest* ?cell . ?cell rdf:first ?person ; rdf:rest ?next .
        OPTIONAL { ?person foaf:name ?name }
      }""";
  private static final String CATEGORIES = PROLOGUE + """
      SELECT ?c ?notation ?label ?primary WHERE {
        ?paper pg:arxivCategory ?c .
        OPTIONAL { ?c skos:notation ?notation }
        OPTIONAL { ?c skos:prefLabel ?label }
        BIND(EXISTS { ?paper pg:primaryArxivCategory ?c } AS ?primary)
      }""";

  private final GraphStore store;
  private final Iris iris;
  private final PaperIndex index;
  private final Links links;

  PaperService(GraphStore store, Iris iris, PaperIndex index, Links links) {
    this.store = store;
    this.iris = iris;
    this.index = index;
    this.links = links;
  }

  Optional<PaperView> find(String arxivId) {
    String iri = iris.paper(arxivId);
    ParameterizedSparqlString pss = new ParameterizedSparqlString(NEIGHBOURHOOD);
    pss.setIri("paper", iri);
    Model m = store.query(pss.asQuery(), qe -> qe.execConstruct());
    Resource paper = m.createResource(iri);
    if (!m.contains(paper, null, (RDFNode) null)) {
      return Optional.empty();
    }
    PaperIndex.Snapshot snap = index.snapshot();
    PaperIndex.Row row = snap.byIri().get(iri);
    return Optional.of(
        new PaperView(
            arxivId,
            iri,
            string(paper, PG.arxivVersion),
            string(paper, prop(Vocabularies.DCTERMS, "title")),
            string(paper, prop(Vocabularies.DCTERMS, "abstract")),
            string(paper, prop(Vocabularies.DCTERMS, "created")),
            strings(paper, prop(Vocabularies.PRISM, "doi")),
            objects(paper, prop(Vocabularies.SCHEMA, "sameAs")).stream().map(Resource::getURI).sorted().toList(),
            strings(paper, PG.comment),
            authors(iri),
            categories(iri),
            row == null ? List.of() : topics(snap, row),
            claims(iri),
            presentedAt(iri),
            repositories(paper),
            row == null ? List.of() : related(snap, row),
            iris.paperGraph(arxivId)));
  }

  private List<PaperView.TopicView> topics(PaperIndex.Snapshot snap, PaperIndex.Row row) {
    return row.topics().stream().map(t -> {
      var l = links.topic(t.iri(), snap.label(t.iri()));
      return new PaperView.TopicView(l.id(), t.iri(), l.label(), t.score(), t.method(), l.href());
    }).toList();
  }

  private List<PaperView.VenueClaimView> claims(String paper) {
    List<PaperView.VenueClaimView> out = new ArrayList<>();
    Selects.forEach(store, CLAIMS, "paper", paper, s -> out.add(new PaperView.VenueClaimView(
        s.getResource("c").getURI(),
        Selects.lexical(s.get("raw")),
        s.get("status") == null ? null : s.getResource("status").getLocalName(),
        s.get("e") == null ? null : edition(s))));
    return out;
  }

  private List<PaperView.EditionView> presentedAt(String paper) {
    List<PaperView.EditionView> out = new ArrayList<>();
    Selects.forEach(store, PRESENTED, "paper", paper, s -> out.add(edition(s)));
    return out;
  }

  private PaperView.EditionView edition(QuerySolution s) {
    RDFNode series = s.get("s");
    return new PaperView.EditionView(
        s.getResource("e").getURI(),
        Selects.year(s.get("year")),
        series == null ? null : links.venue(series.asResource().getURI(), Selects.lexical(s.get("label"))));
  }

  private List<PaperView.AuthorView> authors(String paper) {
    Map<String, String[]> cells = new HashMap<>();
    String[] head = new String[1];
    Selects.forEach(store, AUTHORS, "paper", paper, s -> {
      head[0] = s.getResource("head").getURI();
      cells.put(s.getResource("cell").getURI(), new String[] {
          s.getResource("person").getURI(), Selects.lexical(s.get("name")), s.getResource("next").getURI()});
    });
    List<PaperView.AuthorView> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String cell = head[0]; cell != null && cells.containsKey(cell) && seen.add(cell); cell = cells.get(cell)[2]) {
      out.add(new PaperView.AuthorView(cells.get(cell)[0], cells.get(cell)[1]));
    }
    return out;
  }

  private List<PaperView.CategoryView> categories(String paper) {
    List<PaperView.CategoryView> out = new ArrayList<>();
    Selects.forEach(store, CATEGORIES, "paper", paper, s -> out.add(new PaperView.CategoryView(
        Selects.lexical(s.get("notation")), s.getResource("c").getURI(), Selects.lexical(s.get("label")), s.getLiteral("primary").getBoolean())));
    out.sort(Comparator.comparing(PaperView.CategoryView::primary).reversed().thenComparing(PaperView.CategoryView::iri));
    return out;
  }

  private List<PaperView.RepositoryView> repositories(Resource paper) {
    List<PaperView.RepositoryView> repos = new ArrayList<>();
    for (Resource repo : objects(paper, PG.hasRepository)) {
      Resource owner = repo.getPropertyResourceValue(PG.owner);
      PaperView.OwnerView ownerView = owner == null ? null : new PaperView.OwnerView(
          owner.getURI(), string(owner, prop(Vocabularies.FOAF, "accountName")), iri(owner, prop(Vocabularies.SCHEMA, "url")),
          links.owner(owner.getURI()).href());
      repos.add(new PaperView.RepositoryView(
          repo.getURI(),
          iri(repo, prop(Vocabularies.SCHEMA, "codeRepository")),
          string(repo, prop(Vocabularies.SCHEMA, "name")),
          paper.hasProperty(PG.hasOfficialRepository, repo),
          ownerView,
          links.repository(repo.getURI()).href()));
    }
    repos.sort(Comparator.comparing(PaperView.RepositoryView::official).reversed().thenComparing(PaperView.RepositoryView::iri));
    return repos;
  }

  /** Papers sharing the most topics with this one, then the newest. */
  private List<PaperView.RelatedPaper> related(PaperIndex.Snapshot snap, PaperIndex.Row row) {
    Set<String> mine = new LinkedHashSet<>();
    row.topics().forEach(t -> mine.add(t.iri()));
    record Candidate(PaperIndex.Row row, List<String> shared) {}
    List<Candidate> candidates = new ArrayList<>();
    for (PaperIndex.Row other : snap.rows()) {
      if (other == row) {
        continue;
      }
      List<String> shared = other.topics().stream().map(PaperIndex.TopicRef::iri).filter(mine::contains)
          .map(t -> links.topic(t, null).id()).sorted().toList();
      if (!shared.isEmpty()) {
        candidates.add(new Candidate(other, shared));
      }
    }
    candidates.sort(Comparator.comparing((Candidate c) -> c.shared().size()).reversed()
        .thenComparing(Candidate::row, PaperOrder.NEWEST_FIRST));
    return candidates.stream().limit(RELATED)
        .map(c -> new PaperView.RelatedPaper(c.row().id(), c.row().title(), c.shared(), "/api/papers/" + c.row().id()))
        .toList();
  }



  private static Property prop(String ns, String local) {
    return ResourceFactory.createProperty(ns + local);
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
