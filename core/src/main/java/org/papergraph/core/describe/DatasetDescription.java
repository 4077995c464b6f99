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
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.Vocabularies;

/**
 * The VoID description of the store, computed from its content: triples, entities per class,
 * properties used, and link sets to arXiv, DOI, GitHub, CSO, Wikidata and dblp. It is kept in
 * its own graph ({@link Iris#voidGraph()}), which the counts leave out.
 *
 * <p>Plain SPARQL over the named graphs, so it works on every backend.
 */
public final class DatasetDescription {
  private static final String VOID = Vocabularies.VOID;

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
    add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
    add(g, ds, uri(Vocabularies.DCTERMS + "title"), NodeFactory.createLiteralString("Papergraph"));
    add(g, ds, uri(Vocabularies.DCTERMS + "modified"), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
    add(g, ds, uri(VOID + "sparqlEndpoint"), uri(iris.base() + "sparql"));
    add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(iris.base() + "id/"));
    // The four counts in one scan: ?e is bound only for subjects in the dataset's own IRI space.
    ParameterizedSparqlString counts = prepared(
        "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?s) AS ?subjects)"
            + " (COUNT(DISTINCT ?o) AS ?objects) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?void)"
            + " BIND(IF(isIRI(?s) && STRSTARTS(STR(?s), ?space), ?s, ?none) AS ?e) }");
    store.query(counts.asQuery(), qe -> {
      QuerySolution s = qe.execSelect().next();
      add(g, ds, uri(VOID + "triples"), integer(s.getLiteral("triples").getLong()));
      add(g, ds, uri(VOID + "entities"), integer(s.getLiteral("entities").getLong()));
      add(g, ds, uri(VOID + "distinctSubjects"), integer(s.getLiteral("subjects").getLong()));
      add(g, ds, uri(VOID + "distinctObjects"), integer(s.getLiteral("objects").getLong()));
      return null;
    });
    partitions(g, ds,
        "SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?x } FILTER(?g != ?void && isIRI(?x)) } GROUP BY ?x ORDER BY ?x",
        "classPartition", "class", "entities", "classes");
    partitions(g, ds,
        "SELECT ?x (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?x ?o } FILTER(?g != ?void) } GROUP BY ?x ORDER BY ?x",
        "propertyPartition", "property", "triples", "properties");
    linksets(g, ds);
    return g;
  }

  /**
   * One partition per ?x the query finds, with its count ?n, and the number of partitions:
   * void:classPartition / void:class / void:entities / void:classes, or the same for properties.
   */
  private void partitions(Graph g, Node ds, String query, String partition, String key, String count, String total) {
    long[] n = {0};
    forEach(query, s -> {
      Node part = NodeFactory.createBlankNode();
      add(g, ds, uri(VOID + partition), part);
      add(g, part, uri(VOID + key), s.getResource("x").asNode());
      add(g, part, uri(VOID + count), integer(s.getLiteral("n").getLong()));
      n[0]++;
    });
    add(g, ds, uri(VOID + total), integer(n[0]));
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
        "SELECT ?t ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?void && isIRI(?o))"
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
        add(g, ds, uri(VOID + "subset"), ls);
        add(g, ls, RDF.type.asNode(), uri(VOID + "Linkset"));
        add(g, ls, uri(VOID + "subjectsTarget"), ds);
        add(g, ls, uri(VOID + "objectsTarget"), uri(t.home()));
        add(g, ls, uri(VOID + "linkPredicate"), p);
        add(g, ls, uri(VOID + "triples"), integer(s.getLiteral("n").getLong()));
        add(g, uri(t.home()), RDF.type.asNode(), uri(VOID + "Dataset"));
      });
      return null;
    });
  }

  private ParameterizedSparqlString prepared(String text) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(text);
    q.setIri("void", iris.voidGraph());
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
