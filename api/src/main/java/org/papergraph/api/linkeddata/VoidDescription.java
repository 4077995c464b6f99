package org.papergraph.api.linkeddata;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/** A VoID description of the dataset, counted from the store when asked. */
@Service
class VoidDescription {
  // The change feed's journal is the server's record of its writes, not data: left out.
  private static final Query CLASSES = QueryFactory.create("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c }"
      + " FILTER(?g != <" + Iris.FEED_GRAPH + ">) } GROUP BY ?c ORDER BY ?c");
  private static final Query JOURNAL_TRIPLES = QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + Iris.FEED_GRAPH + "> { ?s ?p ?o } }");
  private static final String ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?space)) }";
  private static final Query EXAMPLE = QueryFactory.create("SELECT ?s WHERE { ?s a <" + SchemaDO.ScholarlyArticle.getURI() + "> } ORDER BY ?s LIMIT 1");

  private final GraphStore store;
  private final Iris iris;
  private final long timeoutMillis;
  private final DescriptionRefresher refresher;

  VoidDescription(GraphStore store, Iris iris, SparqlProperties sparql, DescriptionRefresher refresher) {
    this.store = store;
    this.iris = iris;
    this.timeoutMillis = sparql.queryTimeout().toMillis();
    this.refresher = refresher;
  }

  /** The description, with {@code serviceBase} the address this service is reached at. */
  Graph describe(String serviceBase) {
    // These counts run over every graph, the stored VoID description included: bring that up to
    // date first, so that the answer does not depend on whether its refresh has run yet.
    refresher.awaitCurrent();
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(Vocabularies.prefixes());
    String space = iris.base() + "id/";
    Resource dataset = m.createResource(iris.base() + "dataset");
    dataset.addProperty(RDF.type, VOID.Dataset);
    dataset.addProperty(DCTerms.title, "Papergraph");
    dataset.addProperty(DCTerms.description, "A linked-data knowledge graph of research papers, their topics, venues and code repositories.");
    dataset.addProperty(VOID.sparqlEndpoint, m.createResource(serviceBase + "sparql"));
    dataset.addProperty(VOID.uriSpace, space);
    dataset.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/Turtle"));
    dataset.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/JSON-LD"));
    for (String vocab : List.of(PG.NS, Vocabularies.SCHEMA, Vocabularies.DCTERMS, Vocabularies.FABIO, Vocabularies.SKOS, Vocabularies.PROV, Vocabularies.DOAP, Vocabularies.FOAF)) {
      dataset.addProperty(VOID.vocabulary, m.createResource(vocab));
    }
    long journal = select(JOURNAL_TRIPLES).get(0).getLiteral("n").getLong();
    dataset.addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(store.size() - journal), XSDDatatype.XSDinteger));
    // Consumers that keep a copy follow the change feed rather than re-reading the dump.
    dataset.addProperty(RDFS.seeAlso, m.createResource(serviceBase + "changes"));
    ParameterizedSparqlString pss = new ParameterizedSparqlString(ENTITIES);
    pss.setLiteral("space", space);
    for (QuerySolution row : select(pss.asQuery())) {
      dataset.addLiteral(VOID.entities, row.getLiteral("n"));
    }
    for (QuerySolution row : select(EXAMPLE)) {
      dataset.addProperty(VOID.exampleResource, row.getResource("s"));
    }
    for (QuerySolution row : select(CLASSES)) {
      if (row.get("c").isURIResource()) {
        Resource partition = m.createResource();
        partition.addProperty(VOID._class, row.getResource("c"));
        partition.addLiteral(VOID.entities, row.getLiteral("n"));
        dataset.addProperty(VOID.classPartition, partition);
      }
    }
    return m.getGraph();
  }

  private List<QuerySolution> select(Query query) {
    return store.query(query, timeoutMillis, qe -> {
      List<QuerySolution> rows = new ArrayList<>();
      qe.execSelect().forEachRemaining(rows::add);
      return rows;
    });
  }
}
