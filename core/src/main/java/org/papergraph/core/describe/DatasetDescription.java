package org.papergraph.core.describe;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
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

  /** Graphs whose IRI starts with this are the store's own bookkeeping, never counted. */
  public static final String RESERVED_GRAPHS = Iris.RESERVED_PREFIX;

  /** Runs a query over the store and hands its execution to a handler. */
  @FunctionalInterface
  interface Queries {
    <T> T query(Query query, Function<QueryExecution, T> handler);
  }

  private final Queries store;
  private final GraphStore graphStore;
  private final Iris iris;

  public DatasetDescription(GraphStore store, Iris iris) {
    this.store = store::query;
    this.graphStore = store;
    this.iris = iris;
  }

  /**
   * Counts over {@code dataset} as it is, inside whatever transaction the caller has open on it:
   * a write hook recounts this way before its write commits. {@link #refresh} is not available.
   */
  public DatasetDescription(DatasetGraph dataset, Iris iris) {
    Dataset ds = DatasetFactory.wrap(dataset);
    this.store = new Queries() {
      @Override
      public <T> T query(Query query, Function<QueryExecution, T> handler) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
          return handler.apply(qe);
        }
      }
    };
    this.graphStore = null;
    this.iris = iris;
  }

  /** Recomputes the description and replaces the VoID graph with it. */
  public Graph refresh() {
    Graph g = describe();
    graphStore.replaceGraph(iris.voidGraph(), g);
    return g;
  }

  /** Computes the description without storing it. */
  public Graph describe() {
    return count().render(iris, Instant.now(), null);
  }

  /** Counts what the description says, in four scans of the store. */
  VoidCounts count() {
    VoidCounts c = new VoidCounts();
    // The four counts in one scan: ?e is bound only for subjects in the dataset's own IRI space.
    ParameterizedSparqlString counts = prepared(
        "SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?e) AS ?entities) (COUNT(DISTINCT ?s) AS ?subjects)"
            + " (COUNT(DISTINCT ?o) AS ?objects) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?void" + COUNTED + ")"
            + " BIND(IF(isIRI(?s) && STRSTARTS(STR(?s), ?space), ?s, ?none) AS ?e) }");
    store.query(counts.asQuery(), qe -> {
      QuerySolution s = qe.execSelect().next();
      c.triples = s.getLiteral("triples").getLong();
      c.entities = s.getLiteral("entities").getLong();
      c.subjects = s.getLiteral("subjects").getLong();
      c.objects = s.getLiteral("objects").getLong();
      c.graphs = s.getLiteral("graphs").getLong();
      return null;
    });
    forEach("SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?x } FILTER(?g != ?void" + COUNTED + " && isIRI(?x)) } GROUP BY ?x",
        s -> c.classes.put(s.getResource("x").asNode(), s.getLiteral("n").getLong()));
    forEach("SELECT ?x (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?x ?o } FILTER(?g != ?void" + COUNTED + " && isIRI(?x)) } GROUP BY ?x",
        s -> c.properties.put(s.getResource("x").asNode(), s.getLiteral("n").getLong()));
    linksets(c);
    return c;
  }

  // Leaves out the reserved graphs (the change feed's journal, say).
  private static final String COUNTED = " && !STRSTARTS(STR(?g), \"" + RESERVED_GRAPHS + "\")";

  /**
   * The triples per external dataset and link predicate. One scan for all targets: each IRI
   * object is classified by its prefix in the query, then grouped; a scan per target cost a
   * sixth of a large ingest.
   */
  private void linksets(VoidCounts c) {
    StringBuilder target = new StringBuilder("\"\"");
    int i = 0;
    for (Target t : TARGETS.values()) {
      target.insert(0, "IF(STRSTARTS(?str, ?prefix" + i + "), ?name" + i + ", ").append(")");
      i++;
    }
    ParameterizedSparqlString q = prepared(
        "SELECT ?t ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != ?void" + COUNTED + " && isIRI(?o) && isIRI(?p))"
            + " BIND(STR(?o) AS ?str) BIND(" + target + " AS ?t) FILTER(?t != \"\") }"
            + " GROUP BY ?t ?p");
    i = 0;
    for (Target t : TARGETS.values()) {
      q.setLiteral("prefix" + i, t.prefix());
      q.setLiteral("name" + i, t.name());
      i++;
    }
    store.query(q.asQuery(), qe -> {
      qe.execSelect().forEachRemaining(s -> c.links.put(
          new VoidCounts.Link(s.getLiteral("t").getString(), s.getResource("p").asNode()), s.getLiteral("n").getLong()));
      return null;
    });
  }

  /** The external dataset an IRI is in, or null. */
  static Target targetOf(String iri) {
    Target found = null;
    // As the query's nested IFs do: the last target whose prefix matches.
    for (Target t : TARGETS.values()) {
      if (iri.startsWith(t.prefix())) {
        found = t;
      }
    }
    return found;
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
}
