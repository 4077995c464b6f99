package org.papergraph.core.describe;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;

/**
 * The VoID description of the store, computed from its content: triples, entities per class,
 * properties used, and link sets to arXiv, DOI, GitHub, CSO, Wikidata and dblp. It is kept in
 * its own graph ({@link Iris#voidGraph()}), which the counts leave out, as they leave out the
 * change feed's journal.
 *
 * <p>Plain SPARQL over the named graphs, so it works on every backend.
 */
public final class DatasetDescription {
  /** The external datasets Papergraph links to: the IRI prefix of their resources, and their home. */
  static final Map<String, Target> TARGETS = new LinkedHashMap<>();

  static {
    target("arxiv", "https://arxiv.org/abs/", "https://arxiv.org/");
    target("doi", "https://doi.org/", "https://doi.org/");
    target("github", "https://github.com/", "https://github.com/");
    target("cso", "https://cso.kmi.open.ac.uk/topics/", "https://cso.kmi.open.ac.uk/");
    target("cso-http", "http://cso.kmi.open.ac.uk/topics/", "https://cso.kmi.open.ac.uk/");
    target("wikidata", "http://www.wikidata.org/entity/", "https://www.wikidata.org/");
    target("dblp", "https://dblp.org/", "https://dblp.org/");
  }

  record Target(String name, String prefix, String home) {}

  private static void target(String name, String prefix, String home) {
    TARGETS.put(name, new Target(name, prefix, home));
  }

  private final GraphStore store;
  private final Iris iris;

  public DatasetDescription(GraphStore store, Iris iris) {
    this.store = store;
    this.iris = iris;
  }

  /** Recomputes the description and replaces the VoID graph with it. */
  public Graph refresh() {
    Graph g = describe();
    store.replaceGraph(iris.voidGraph(), g);
    return g;
  }

  /** Computes the description without storing it. */
  public Graph describe() {
    Graph g = GraphFactory.createDefaultGraph();
    Node ds = uri(iris.voidDataset());
    add(g, ds, RDF.type.asNode(), VOID.Dataset.asNode());
    add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("Papergraph"));
    add(g, ds, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
    add(g, ds, VOID.sparqlEndpoint.asNode(), uri(iris.base() + "sparql"));
    add(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(iris.base() + "id/"));
    // The four counts in one scan: ?e is bound only for subjects in the dataset's own IRI space.
    ParameterizedSparqlString counts = prepared(
        "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?s) AS ?subjects)"
            + " (COUNT(DISTINCT ?o) AS ?objects) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?void && ?g != ?feed)"
            + " BIND(IF(isIRI(?s) && STRSTARTS(STR(?s), ?space), ?s, ?none) AS ?e) }");
    store.query(counts.asQuery(), qe -> {
      QuerySolution s = qe.execSelect().next();
      add(g, ds, VOID.triples.asNode(), integer(s.getLiteral("triples").getLong()));
      add(g, ds, VOID.entities.asNode(), integer(s.getLiteral("entities").getLong()));
      add(g, ds, VOID.distinctSubjects.asNode(), integer(s.getLiteral("subjects").getLong()));
      add(g, ds, VOID.distinctObjects.asNode(), integer(s.getLiteral("objects").getLong()));
      return null;
    });
    partitions(g, ds,
        "SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?x } FILTER(?g != ?void && ?g != ?feed && isIRI(?x)) } GROUP BY ?x ORDER BY ?x",
        VOID.classPartition, VOID._class, VOID.entities, VOID.classes);
    partitions(g, ds,
        "SELECT ?x (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?x ?o } FILTER(?g != ?void && ?g != ?feed) } GROUP BY ?x ORDER BY ?x",
        VOID.propertyPartition, VOID.property, VOID.triples, VOID.properties);
    linksets(g, ds);
    return g;
  }

  /**
   * One partition per ?x the query finds, with its count ?n, and the number of partitions:
   * void:classPartition / void:class / void:entities / void:classes, or the same for properties.
   */
  private void partitions(Graph g, Node ds, String query, Property partition, Property key, Property count, Property total) {
    long[] n = {0};
    forEach(query, s -> {
      Node part = NodeFactory.createBlankNode();
      add(g, ds, partition.asNode(), part);
      add(g, part, key.asNode(), s.getResource("x").asNode());
      add(g, part, count.asNode(), integer(s.getLiteral("n").getLong()));
      n[0]++;
    });
    add(g, ds, total.asNode(), integer(n[0]));
  }

  /**
   * One void:Linkset per external dataset and link predicate. One scan for all targets: each
   * IRI object is classified by its prefix in the query, then grouped; a scan per target cost a
   * sixth of a large ingest.
   */
  private void linksets(Graph g, Node ds) {
    StringBuilder target = new StringBuilder("\"\"");
    int i = 0;
    for (Target t : TARGETS.values()) {
      target.insert(0, "IF(STRSTARTS(?str, ?prefix" + i + "), ?name" + i + ", ").append(")");
      i++;
    }
    ParameterizedSparqlString q = prepared(
        "SELECT ?t ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?void && ?g != ?feed && isIRI(?o))"
            + " BIND(STR(?o) AS ?str) BIND(" + target + " AS ?t) FILTER(?t != \"\") }"
            + " GROUP BY ?t ?p ORDER BY ?t ?p");
    i = 0;
    for (Target t : TARGETS.values()) {
      q.setLiteral("prefix" + i, t.prefix());
      q.setLiteral("name" + i, t.name());
      i++;
    }
    store.query(q.asQuery(), qe -> {
      qe.execSelect().forEachRemaining(s -> {
        Target t = TARGETS.get(s.getLiteral("t").getString());
        Node p = s.getResource("p").asNode();
        String local = p.getLocalName().isEmpty() ? Integer.toHexString(p.getURI().hashCode()) : p.getLocalName();
        Node ls = uri(iris.voidDataset() + "#links-" + t.name() + "-" + local.toLowerCase(Locale.ROOT));
        add(g, ds, VOID.subset.asNode(), ls);
        add(g, ls, RDF.type.asNode(), VOID.Linkset.asNode());
        add(g, ls, VOID.subjectsTarget.asNode(), ds);
        add(g, ls, VOID.objectsTarget.asNode(), uri(t.home()));
        add(g, ls, VOID.linkPredicate.asNode(), p);
        add(g, ls, VOID.triples.asNode(), integer(s.getLiteral("n").getLong()));
        add(g, uri(t.home()), RDF.type.asNode(), VOID.Dataset.asNode());
      });
      return null;
    });
  }

  private ParameterizedSparqlString prepared(String text) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(text);
    q.setIri("void", iris.voidGraph());
    q.setIri("feed", Iris.FEED_GRAPH);
    q.setLiteral("space", iris.base() + "id/");
    return q;
  }

  private void forEach(String text, Consumer<QuerySolution> action) {
    store.query(prepared(text).asQuery(), qe -> {
      qe.execSelect().forEachRemaining(action);
      return null;
    });
  }

  private static void add(Graph g, Node s, Node p, Node o) {
    g.add(Triple.create(s, p, o));
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
