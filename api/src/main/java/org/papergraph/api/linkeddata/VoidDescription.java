package org.papergraph.api.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.papergraph.api.config.FeedProperties;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/**
 * A VoID description of the dataset. On a local store its numbers are the stored description's,
 * which every write keeps exact ({@link org.papergraph.core.describe.VoidStatistics}), so
 * reading it costs the same at any size; a remote store's are counted from the store when asked.
 */
@Service
class VoidDescription {
  // The change feed's journal is the server's record of its writes, not data: left out.
  private static final Query CLASSES = QueryFactory.create("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c }"
      + " FILTER(?g != <" + Iris.FEED_GRAPH + ">) } GROUP BY ?c ORDER BY ?c");
  private static final String ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), ?space)) }";
  // Any paper will do: ordering them all would cost a scan of every paper per request.
  private static final Query EXAMPLE = QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT ?s WHERE { ?s a schema:ScholarlyArticle } LIMIT 1");

  /** DCAT 3's link from a resource to its current version: here, the latest release. */
  static final String DCAT_CURRENT_VERSION = "http://www.w3.org/ns/dcat#hasCurrentVersion";

  private final GraphStore store;
  private final Iris iris;
  private final long timeoutMillis;
  private final DescriptionRefresher refresher;
  private final Optional<String> latestRelease;

  VoidDescription(GraphStore store, Iris iris, SparqlProperties sparql, DescriptionRefresher refresher, FeedProperties feed) {
    this.latestRelease = feed.latestReleaseUrl();
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
    // Consumers that keep a copy follow the change feed rather than re-reading the dump.
    dataset.addProperty(RDFS.seeAlso, m.createResource(serviceBase + "changes"));
    // ... or start from the latest release, which records the feed's sequence number it holds.
    latestRelease.ifPresent(r -> dataset.addProperty(m.createProperty(DCAT_CURRENT_VERSION), m.createResource(r)));
    for (QuerySolution row : select(EXAMPLE)) {
      dataset.addProperty(VOID.exampleResource, row.getResource("s"));
    }
    if (refresher.maintainedByStore()) {
      copyStoredNumbers(m.getGraph(), dataset.asNode());
      return m.getGraph();
    }
    dataset.addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(store.size()), XSDDatatype.XSDinteger));
    ParameterizedSparqlString pss = new ParameterizedSparqlString(ENTITIES);
    pss.setLiteral("space", space);
    for (QuerySolution row : select(pss.asQuery())) {
      dataset.addLiteral(VOID.entities, row.getLiteral("n"));
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

  /**
   * The stored description's numbers, partitions and link sets, said of {@code dataset}: all of
   * it but what this description says itself.
   */
  private void copyStoredNumbers(Graph into, Node dataset) {
    Node stored = NodeFactory.createURI(iris.voidDataset());
    Set<Node> own = Set.of(RDF.type.asNode(), DCTerms.title.asNode(), VOID.sparqlEndpoint.asNode(), VOID.uriSpace.asNode(),
        PG.statisticsVersion.asNode());
    store.getGraph(iris.voidGraph()).find().forEach(t -> {
      if (t.getSubject().equals(stored) && own.contains(t.getPredicate())) {
        return;
      }
      into.add(Triple.create(rename(t.getSubject(), stored, dataset), t.getPredicate(), rename(t.getObject(), stored, dataset)));
    });
  }

  private static Node rename(Node n, Node from, Node to) {
    return n.equals(from) ? to : n;
  }

  private List<QuerySolution> select(Query query) {
    return store.query(query, timeoutMillis, qe -> {
      List<QuerySolution> rows = new ArrayList<>();
      // Each row's values are decoded here, in the read transaction: a TDB2 row decodes its
      // nodes when asked, and after the transaction only those still in the node cache decode
      // (which one LIMIT 1 picks, and whether it is cached, depends on the store's node ids).
      qe.execSelect().forEachRemaining(row -> {
        QuerySolutionMap copy = new QuerySolutionMap();
        row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
        rows.add(copy);
      });
      return rows;
    });
  }
}
