package org.papergraph.api.paper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/** Reads papers and their neighbourhood from the store. */
@Service
class PaperService {
  private static final String NEIGHBOURHOOD =
      Vocabularies.sparqlPrologue()
          + """
          CONSTRUCT { ?paper ?p ?o . ?o ?p2 ?o2 . ?o2 ?p3 ?o3 }
          WHERE {
            ?paper ?p ?o .
            OPTIONAL { ?o ?p2 ?o2 FILTER(isIRI(?o))
              OPTIONAL { ?o2 ?p3 ?o3 FILTER(?p2 = pg:owner) } }
          }
          """;

  private final GraphStore store;
  private final Iris iris;

  PaperService(GraphStore store, Iris iris) {
    this.store = store;
    this.iris = iris;
  }

  Optional<PaperView> find(String arxivId) {
    ParameterizedSparqlString pss = new ParameterizedSparqlString(NEIGHBOURHOOD);
    pss.setIri("paper", iris.paper(arxivId));
    Model m = store.query(pss.asQuery(), qe -> qe.execConstruct());
    Resource paper = m.createResource(iris.paper(arxivId));
    if (!m.contains(paper, null, (RDFNode) null)) {
      return Optional.empty();
    }
    List<PaperView.RepositoryView> repos = new ArrayList<>();
    for (Resource repo : objects(paper, PG.hasRepository)) {
      Resource owner = repo.getPropertyResourceValue(PG.owner);
      PaperView.OwnerView ownerView =
          owner == null ? null : new PaperView.OwnerView(owner.getURI(), string(owner, prop(Vocabularies.FOAF, "accountName")), iri(owner, prop(Vocabularies.SCHEMA, "url")));
      repos.add(
          new PaperView.RepositoryView(
              repo.getURI(),
              iri(repo, prop(Vocabularies.SCHEMA, "codeRepository")),
              string(repo, prop(Vocabularies.SCHEMA, "name")),
              paper.hasProperty(PG.hasOfficialRepository, repo),
              ownerView));
    }
    repos.sort(Comparator.comparing(PaperView.RepositoryView::official).reversed().thenComparing(PaperView.RepositoryView::iri));
    return Optional.of(
        new PaperView(
            arxivId,
            paper.getURI(),
            string(paper, PG.arxivVersion),
            string(paper, prop(Vocabularies.DCTERMS, "title")),
            string(paper, prop(Vocabularies.DCTERMS, "abstract")),
            string(paper, prop(Vocabularies.DCTERMS, "created")),
            strings(paper, prop(Vocabularies.PRISM, "doi")),
            objects(paper, prop(Vocabularies.SCHEMA, "sameAs")).stream().map(Resource::getURI).sorted().toList(),
            strings(paper, PG.comment),
            repos,
            iris.paperGraph(arxivId)));
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
