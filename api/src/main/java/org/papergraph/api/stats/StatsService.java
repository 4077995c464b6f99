package org.papergraph.api.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.index.ViewQueries;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.VoidStatistics;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.BIBO;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/** Counts per class, the store's size and the last ingest, cached until the store changes. */
@Service
class StatsService {
  /** The classes counted, by the name the JSON gives them. */
  static final Map<String, String> CLASSES = new LinkedHashMap<>();

  static {
    CLASSES.put("papers", SchemaDO.ScholarlyArticle.getURI());
    CLASSES.put("concepts", SKOS.Concept.getURI());
    CLASSES.put("venues", SchemaDO.EventSeries.getURI());
    CLASSES.put("venueEditions", BIBO.Conference.getURI());
    CLASSES.put("venueClaims", "https://w3id.org/papergraph/ns#VenueClaim");
    CLASSES.put("topicAssignments", "https://w3id.org/papergraph/ns#TopicAssignment");
    CLASSES.put("repositories", SchemaDO.SoftwareSourceCode.getURI());
    CLASSES.put("owners", FOAF.Agent.getURI());
    CLASSES.put("people", FOAF.Person.getURI());
    CLASSES.put("ingestRuns", "https://w3id.org/papergraph/ns#IngestRun");
  }

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final Query COUNTS = QueryFactory.create(PROLOGUE + """
      SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
        VALUES ?class { %s }
        ?s a ?class .
      } GROUP BY ?class""".formatted(String.join(" ", CLASSES.values().stream().map(c -> "<" + c + ">").toList())));
  private static final Query TOPICS_IN_SCHEMES = QueryFactory.create(PROLOGUE + """
      SELECT ?scheme (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a skos:Concept ; skos:inScheme ?scheme } GROUP BY ?scheme ORDER BY ?scheme""");
  private static final Query LAST_INGEST = QueryFactory.create(PROLOGUE + """
      SELECT ?run ?started ?ended ?source ?read ?added ?replaced ?unchanged ?rejected WHERE {
        ?run a pg:IngestRun ; prov:endedAtTime ?ended .
        OPTIONAL { ?run prov:startedAtTime ?started }
        OPTIONAL { ?run pg:sourceFile ?source }
        OPTIONAL { ?run pg:recordsRead ?read }
        OPTIONAL { ?run pg:recordsAdded ?added }
        OPTIONAL { ?run pg:recordsReplaced ?replaced }
        OPTIONAL { ?run pg:recordsUnchanged ?unchanged }
        OPTIONAL { ?run pg:recordsRejected ?rejected }
      } ORDER BY DESC(?ended) LIMIT 1""");

  /** What {@code /api/stats} answers. */
  record Stats(
      Map<String, Long> counts,
      Map<String, Long> conceptsPerScheme,
      long graphs,
      long quads,
      Map<String, Object> lastIngest,
      Map<String, String> links) {}

  private final GraphStore store;
  private final Iris iris;
  private final ViewQueries queries;
  private final ViewCache cache;

  private final StoreChanges.Mark schemeChange;

  StatsService(GraphStore store, Iris iris, ViewQueries queries, ViewCache cache, StoreChanges changes) {
    this.store = store;
    this.iris = iris;
    this.queries = queries;
    this.cache = cache;
    // Concepts per scheme follow the concepts' types and schemes alone: paper records keep them.
    this.schemeChange = changes.markChanging(t -> t.getPredicate().equals(SKOS.inScheme.asNode())
        || t.getPredicate().equals(RDF.Nodes.type) && t.getObject().equals(SKOS.Concept.asNode()));
  }

  Stats stats() {
    return cache.get("stats", this::compute);
  }

  private Stats compute() {
    // A local store keeps its VoID statistics exact in every write: the class counts, quads and
    // graphs are read from them. Counting them costs a scan of the whole store (a minute and a
    // half at 350k papers), after every write.
    Optional<VoidStatistics.Stored> kept = VoidStatistics.stored(store, iris);
    Map<String, Long> byClass = new LinkedHashMap<>();
    long graphs;
    long quads;
    if (kept.isPresent()) {
      VoidStatistics.Stored s = kept.get();
      byClass.putAll(s.entitiesPerClass());
      // The description's own graph is a named graph too.
      graphs = s.graphs() + (s.descriptionTriples() > 0 ? 1 : 0);
      quads = s.triples() + s.descriptionTriples();
    } else {
      queries.query(COUNTS, qe -> {
        qe.execSelect().forEachRemaining(s -> byClass.put(s.getResource("class").getURI(), s.getLiteral("n").getLong()));
        return null;
      });
      graphs = store.listGraphs().size();
      quads = store.size();
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    CLASSES.forEach((name, iri) -> counts.put(name, byClass.getOrDefault(iri, 0L)));
    Map<String, Long> schemes = cache.getUntil("concepts-per-scheme", schemeChange, () -> {
      Map<String, Long> perScheme = new LinkedHashMap<>();
      queries.query(TOPICS_IN_SCHEMES, qe -> {
        qe.execSelect().forEachRemaining(s -> perScheme.put(s.getResource("scheme").getURI(), s.getLiteral("n").getLong()));
        return null;
      });
      return perScheme;
    });
    Map<String, Object> last = queries.query(LAST_INGEST, qe -> {
      var rs = qe.execSelect();
      return rs.hasNext() ? run(rs.next()) : null;
    });
    Map<String, String> links = new LinkedHashMap<>();
    links.put("dataset", "/.well-known/void");
    links.put("sparql", "/sparql");
    links.put("openapi", "/v3/api-docs");
    return new Stats(counts, schemes, graphs, quads, last, links);
  }

  private static Map<String, Object> run(QuerySolution s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("run", s.getResource("run").getURI());
    out.put("started", lexical(s.get("started")));
    out.put("ended", lexical(s.get("ended")));
    out.put("source", lexical(s.get("source")));
    for (String n : new String[] {"read", "added", "replaced", "unchanged", "rejected"}) {
      out.put(n, s.get(n) == null ? null : s.getLiteral(n).getLong());
    }
    return out;
  }

  private static String lexical(RDFNode n) {
    return n == null || !n.isLiteral() ? null : n.asLiteral().getLexicalForm();
  }
}
