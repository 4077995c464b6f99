package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.E_NotOneOf;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.E_IsLiteral;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.UpdateRequest;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.papergraph.core.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store behind any SPARQL 1.1 Query, Update and Graph Store Protocol endpoint (Fuseki,
 * GraphDB, Virtuoso, Neptune), through Jena's RDFConnection.
 *
 * <p>The server must present the union of the named graphs as the default graph (Fuseki with
 * TDB2: {@code tdb2:unionDefaultGraph true}); this class cannot switch that on from outside.
 *
 * <p>Transactions: each write is one SPARQL Update request, which the protocol executes as a
 * whole (Fuseki runs one request in one transaction), so a reader never sees half a replaced
 * graph. What the protocol cannot give is a transaction spanning several requests: the "did it
 * exist before" answers of {@link #replaceGraphs} and {@link #deleteGraphs} come from a query
 * just before the write, and {@link #importQuads} sends one request per batch of whole graphs.
 * Full-text search has no standard protocol: {@link #searchText} uses the server's own index
 * where it is told the server has one ({@link RemoteTextSearch}), and scans the literals otherwise.
 *
 * <p>On {@link RemoteDialect#VIRTUOSO}: Virtuoso's default graph is the union of all graphs
 * without being told; the graphs Virtuoso keeps for itself ({@link #VIRTUOSO_OWN_GRAPHS} and the
 * description of its endpoint) are not the store's and are left out of {@link #listGraphs}, {@link
 * #size} and {@link #exportQuads}; updates are rewritten by {@link VirtuosoUpdates}; graphs are
 * read by query rather than through Virtuoso's Graph Store Protocol, which cuts a large graph
 * short without saying so; answers Virtuoso cut short fail and its ASK answers are made boolean
 * again ({@link RemoteHttpClient}); SELECT answers come as XML, where Virtuoso writes booleans as
 * {@code true}, not {@code 1}. Virtuoso
 * runs the operations of one request one after the other, not in one transaction: when one
 * fails, those before it stay done.
 */
final class RemoteSparqlStore implements GraphStore {
  /** The fewest characters Virtuoso's text search takes before a {@code *}. */
  static final int VIRTUOSO_MIN_PREFIX = 4;

  // Graphs are sent in batches of about this many quads, split only between graphs.
  static final int IMPORT_BATCH_QUADS = 20_000;

  private static final Query LIST_GRAPHS =
      QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
  private static final Query LIST_GRAPHS_UNORDERED =
      QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
  private static final Query COUNT_QUADS =
      QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!STRSTARTS(STR(?g), \"" + Iris.RESERVED_PREFIX + "\")) }");
  private static final Query ALL_QUADS =
      QueryFactory.create("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");

  // The literals searchText scans: those the local stores' text index holds.
  private static final Query SEARCH = searchQuery();

  /**
   * Graphs every Virtuoso 7 holds from its first start: its own schema of RDF views and the W3C
   * LDP vocabulary. The third, the description of its SPARQL endpoint, is named after the host
   * Virtuoso believes it has and is found by what it says ({@link #ENDPOINT_DESCRIPTIONS}).
   */
  static final Set<String> VIRTUOSO_OWN_GRAPHS =
      Set.of("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#");

  private static final Query ENDPOINT_DESCRIPTIONS =
      QueryFactory.create(
          "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <http://www.w3.org/ns/sparql-service-description#Service> } }");

  private static final Logger log = LoggerFactory.getLogger(RemoteSparqlStore.class);

  /** A SELECT sent to the query endpoint as written, not parsed: for syntax beyond SPARQL 1.1. */
  @FunctionalInterface
  interface RawSelect {
    QueryExecution select(String query, long timeoutMillis);
  }

  /** A word of a search text, and whether it stands for every word it begins ({@code word*}). */
  record SearchWord(String word, boolean prefix) {}

  private final RDFConnection conn;
  private final RemoteDialect dialect;
  private final RemoteTextSearch textSearch;
  private final RawSelect rawSelect;
  // The graphs of the server that are not the store's, found on first use (Virtuoso only).
  private volatile Set<String> serverGraphs;

  RemoteSparqlStore(RDFConnection conn, RemoteDialect dialect, RemoteTextSearch textSearch, RawSelect rawSelect) {
    this.conn = conn;
    this.dialect = dialect;
    this.textSearch = textSearch;
    this.rawSelect = rawSelect;
  }

  private static Query searchQuery() {
    StringBuilder values = new StringBuilder();
    for (Node p : TextIndexing.INDEXED_PROPERTIES) {
      values.append(" <").append(p.getURI()).append('>');
    }
    return QueryFactory.create("SELECT ?s ?p ?t ?g WHERE { VALUES ?p {" + values + " } GRAPH ?g { ?s ?p ?t } }");
  }

  @Override
  public StoreKind kind() {
    return StoreKind.REMOTE;
  }

  @Override
  public Set<String> replaceGraphs(Map<String, Graph> graphs) {
    if (graphs.isEmpty()) {
      return Set.of();
    }
    Set<String> existed = existing(graphs.keySet());
    if (dialect == RemoteDialect.VIRTUOSO) {
      Map<Node, Graph> byNode = new LinkedHashMap<>();
      graphs.forEach((name, content) -> byNode.put(StoreSupport.graphNode(name), content));
      sendAll(VirtuosoUpdates.replaceGraphs(byNode));
      return existed;
    }
    // One request: DROP SILENT GRAPH + INSERT DATA per graph. A SPARQL Update request is
    // executed as a unit (on Fuseki, in one write transaction), which is as atomic as the
    // protocol allows.
    UpdateRequest request = new UpdateRequest();
    for (Map.Entry<String, Graph> e : graphs.entrySet()) {
      Node g = StoreSupport.graphNode(e.getKey());
      request.add(new UpdateDrop(Target.create(g), true));
      if (!e.getValue().isEmpty()) {
        QuadDataAcc data = new QuadDataAcc();
        e.getValue().find().forEach(t -> data.addQuad(Quad.create(g, t)));
        request.add(new UpdateDataInsert(data));
      }
    }
    send(request);
    return existed;
  }

  @Override
  public Set<String> deleteGraphs(Collection<String> graphNames) {
    if (graphNames.isEmpty()) {
      return Set.of();
    }
    Set<String> existed = existing(graphNames);
    if (dialect == RemoteDialect.VIRTUOSO) {
      Map<Node, Graph> empty = new LinkedHashMap<>();
      graphNames.forEach(name -> empty.put(StoreSupport.graphNode(name), Graph.emptyGraph));
      sendAll(VirtuosoUpdates.replaceGraphs(empty));
      return existed;
    }
    UpdateRequest request = new UpdateRequest();
    for (String name : graphNames) {
      request.add(new UpdateDrop(Target.create(StoreSupport.graphNode(name)), true));
    }
    send(request);
    return existed;
  }

  @Override
  public boolean containsGraph(String graphName) {
    ParameterizedSparqlString q = new ParameterizedSparqlString("ASK { GRAPH ?g { ?s ?p ?o } }");
    q.setParam("g", StoreSupport.graphNode(graphName));
    return conn.queryAsk(q.asQuery());
  }

  /** Those of the names that hold triples now: one query for all of them. */
  private Set<String> existing(Collection<String> graphNames) {
    Set<String> existed = new LinkedHashSet<>();
    conn.querySelect(
        GraphValues.restrict(LIST_GRAPHS_UNORDERED, "g", graphNames),
        s -> existed.add(s.getResource("g").getURI()));
    return existed;
  }

  @Override
  public List<String> listGraphs() {
    List<String> names = new ArrayList<>();
    Set<String> notOurs = serverGraphs();
    conn.querySelect(
        LIST_GRAPHS,
        s -> {
          if (s.get("g").isURIResource() && !notOurs.contains(s.getResource("g").getURI()) && !Iris.isReserved(s.getResource("g").getURI())) {
            names.add(s.getResource("g").getURI());
          }
        });
    // The server's ORDER BY may use a collation other than Java's; the contract is Java's.
    names.sort(null);
    return names;
  }

  @Override
  public Graph getGraph(String graphName) {
    Node name = StoreSupport.graphNode(graphName);
    if (dialect == RemoteDialect.VIRTUOSO) {
      // A SELECT, which Virtuoso marks when it cuts it short; its Graph Store Protocol does not.
      ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }");
      q.setParam("g", name);
      Graph copy = GraphFactory.createDefaultGraph();
      conn.querySelect(q.asQuery(), s -> copy.add(s.get("s").asNode(), s.get("p").asNode(), s.get("o").asNode()));
      return copy;
    }
    try {
      Model m = conn.fetch(graphName);
      Graph copy = GraphFactory.createDefaultGraph();
      m.getGraph().find().forEach(copy::add);
      return copy;
    } catch (HttpException e) {
      if (e.getStatusCode() == 404) {
        return GraphFactory.createDefaultGraph();
      }
      throw e;
    }
  }

  @Override
  public <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> handler) {
    try {
      return StoreSupport.execute(conn.newQuery(), query, timeoutMillis, handler);
    } catch (HttpException | QueryException e) {
      throw unwrapped(e);
    }
  }

  @Override
  public void update(UpdateRequest update, long timeoutMillis, long maxQuads) {
    // The remote server applies its own limits to updates.
    send(update);
  }

  private void send(UpdateRequest request) {
    sendAll(dialect == RemoteDialect.VIRTUOSO ? VirtuosoUpdates.requests(request) : List.of(request));
  }

  /** Sends the requests one after the other, each as the server takes it. */
  private void sendAll(List<UpdateRequest> requests) {
    try {
      requests.forEach(conn::update);
    } catch (HttpException | QueryException e) {
      throw unwrapped(e);
    }
  }

  /**
   * What the HTTP client threw ({@link RemoteHttpClient}), which Jena wraps in exceptions of its
   * own that keep the status but not the server's words: a refusal with what the server said, a
   * cut answer as a query error, a timed-out one as a timeout.
   */
  private static RuntimeException unwrapped(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof QueryExecException || t instanceof RemoteHttpClient.Refusal) {
        return (RuntimeException) t;
      }
    }
    return e;
  }

  /** The graphs of the server that are not the store's: none on a standard server. */
  private Set<String> serverGraphs() {
    if (dialect != RemoteDialect.VIRTUOSO) {
      return Set.of();
    }
    Set<String> found = serverGraphs;
    if (found == null) {
      Set<String> graphs = new LinkedHashSet<>(VIRTUOSO_OWN_GRAPHS);
      conn.querySelect(ENDPOINT_DESCRIPTIONS, s -> graphs.add(s.getResource("g").getURI()));
      Set<String> visible = existing(graphs);
      if (!visible.isEmpty()) {
        log.warn("Virtuoso's own graphs {} are visible to queries, so they are part of the union default graph"
            + " that Papergraph's queries read; make them private as the README's Virtuoso recipe says", visible);
      }
      serverGraphs = found = Set.copyOf(graphs);
    }
    return found;
  }

  /** {@code query} with its graph variable kept off the server's own graphs. */
  private Query withoutServerGraphs(Query query) {
    Set<String> notOurs = serverGraphs();
    if (notOurs.isEmpty()) {
      return query;
    }
    ExprList graphs = new ExprList();
    notOurs.forEach(iri -> graphs.add(NodeValue.makeNode(NodeFactory.createURI(iri))));
    Query copy = query.cloneQuery();
    ((ElementGroup) copy.getQueryPattern()).addElementFilter(new ElementFilter(new E_NotOneOf(new ExprVar("g"), graphs)));
    return copy;
  }

  @Override
  public long size() {
    long[] n = {0};
    conn.querySelect(withoutServerGraphs(COUNT_QUADS), s -> n[0] = s.getLiteral("n").getLong());
    return n[0];
  }

  @Override
  public void exportQuads(StreamRDF sink) {
    sink.start();
    try (QueryExecution qe = conn.query(withoutServerGraphs(ALL_QUADS))) {
      var rs = qe.execSelect();
      while (rs.hasNext()) {
        QuerySolution s = rs.next();
        sink.quad(
            Quad.create(
                s.get("g").asNode(), s.get("s").asNode(), s.get("p").asNode(), s.get("o").asNode()));
      }
    }
    sink.finish();
  }

  @Override
  public void importQuads(Consumer<StreamRDF> source) {
    Batcher batcher = new Batcher();
    source.accept(batcher);
    batcher.send();
  }

  /** Collects quads and sends them as INSERT DATA, cutting only where the graph changes. */
  private final class Batcher extends StoreSupport.NamedGraphQuads {
    private QuadDataAcc data = new QuadDataAcc();
    private int count;
    private Node currentGraph;

    @Override
    void accept(Quad quad) {
      // Blank nodes are scoped to one request: cutting inside a graph would split a blank node
      // of that graph in two.
      if (count >= IMPORT_BATCH_QUADS && !quad.getGraph().equals(currentGraph)) {
        send();
      }
      currentGraph = quad.getGraph();
      data.addQuad(quad);
      count++;
    }

    void send() {
      if (count == 0) {
        return;
      }
      RemoteSparqlStore.this.send(new UpdateRequest(new UpdateDataInsert(data)));
      data = new QuadDataAcc();
      count = 0;
    }
  }

  @Override
  public List<TextMatch> searchText(String text, int limit, long timeoutMillis) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    return switch (textSearch) {
      case SCAN -> scan(text, limit, timeoutMillis);
      case VIRTUOSO, JENA_TEXT -> searchIndex(text, limit, timeoutMillis);
    };
  }

  /**
   * Searches by scan: SPARQL 1.1 has no text index, so every indexed literal is tested with
   * {@code CONTAINS} for each word. The first {@code limit} subjects found are scored by how often
   * the words occur in their best literal.
   */
  private List<TextMatch> scan(String text, int limit, long timeoutMillis) {
    List<String> words = TextWords.of(text);
    if (words.isEmpty()) {
      return List.of();
    }
    Expr all = null;
    for (String w : words) {
      Expr contains = new E_StrContains(new E_StrLowerCase(new E_Str(new ExprVar("t"))), NodeValue.makeString(w));
      all = all == null ? contains : new E_LogicalAnd(all, contains);
    }
    Query query = SEARCH.cloneQuery();
    ElementGroup where = (ElementGroup) query.getQueryPattern();
    where.addElementFilter(new ElementFilter(new E_LogicalAnd(new E_IsLiteral(new ExprVar("t")), all)));
    // Several literals of one subject can match: ask for more rows than subjects wanted.
    query.setLimit(Math.max(limit * 4L, 50));
    Map<String, Map<String, String[]>> found = new LinkedHashMap<>();
    StoreSupport.execute(conn.newQuery(), query, timeoutMillis, qe -> {
      qe.execSelect().forEachRemaining(s -> {
        String subject = s.getResource("s").getURI();
        if (subject != null && (found.size() < limit || found.containsKey(subject))) {
          found.computeIfAbsent(subject, k -> new LinkedHashMap<>())
              .putIfAbsent(s.getResource("p").getURI(), new String[] {s.getResource("g").getURI(), s.getLiteral("t").getLexicalForm()});
        }
      });
      return null;
    });
    List<TextMatch> out = new ArrayList<>();
    found.forEach((subject, byProperty) -> {
      String bestProperty = null;
      int best = -1;
      for (Map.Entry<String, String[]> e : byProperty.entrySet()) {
        int n = TextMatch.occurrences(e.getValue()[1].toLowerCase(Locale.ROOT), words);
        if (n > best) {
          best = n;
          bestProperty = e.getKey();
        }
      }
      String[] b = byProperty.get(bestProperty);
      out.add(new TextMatch(subject, best, () -> {
        Map<String, String> highlights = new LinkedHashMap<>();
        byProperty.forEach((p, graphAndLiteral) -> {
          String h = Highlights.ofSubstrings(graphAndLiteral[1], words);
          if (h != null) {
            highlights.put(p, h);
          }
        });
        return new TextMatch.Found(b[0], b[1], highlights);
      }));
    });
    out.sort(Comparator.comparing(TextMatch::score).reversed().thenComparing(TextMatch::subject));
    return out;
  }

  /**
   * The words of a search text as the index searches are given: split as {@link TextWords} does,
   * a token ending in {@code *} making its last word a prefix.
   */
  static List<SearchWord> searchWords(String text) {
    Map<String, SearchWord> out = new LinkedHashMap<>();
    for (String token : text.strip().split("\\s+")) {
      boolean prefix = token.length() > 1 && token.endsWith("*") && Character.isLetterOrDigit(token.charAt(token.length() - 2));
      List<String> words = TextWords.of(token);
      for (int i = 0; i < words.size(); i++) {
        SearchWord w = new SearchWord(words.get(i), prefix && i == words.size() - 1);
        out.merge(w.word(), w, (a, b) -> a.prefix() ? b : a);
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The search in the server's own index, every word required: Virtuoso's {@code bif:contains}
   * with its score, or jena-text's {@code text:query} with Lucene's. One row per matching literal,
   * best first; each subject is kept once, with its best literal's score.
   */
  private List<TextMatch> searchIndex(String text, int limit, long timeoutMillis) {
    List<SearchWord> words = searchWords(text);
    if (words.isEmpty()) {
      return List.of();
    }
    StringBuilder properties = new StringBuilder();
    for (Node p : TextIndexing.INDEXED_PROPERTIES) {
      properties.append(" <").append(p.getURI()).append('>');
    }
    // Several literals of one subject can match: ask for more rows than subjects wanted.
    long rows = Math.max(limit * 4L, 50);
    String query = textSearch == RemoteTextSearch.VIRTUOSO
        ? "SELECT ?s ?p ?t ?g ?sc WHERE { GRAPH ?g { ?s ?p ?t . ?t bif:contains '" + virtuosoExpression(words)
            + "' OPTION (score ?sc) } VALUES ?p {" + properties + " } } ORDER BY DESC(?sc) ?s LIMIT " + rows
        : "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?p ?t ?g ?sc WHERE { (?s ?sc ?t) text:query ("
            + NodeValue.makeString(luceneExpression(words)).toString() + " " + rows + ") . GRAPH ?g { ?s ?p ?t } VALUES ?p {"
            + properties + " } } ORDER BY DESC(?sc) ?s LIMIT " + rows;
    List<String> plain = words.stream().map(SearchWord::word).toList();
    Map<String, Float> best = new LinkedHashMap<>();
    Map<String, Map<String, String[]>> found = new LinkedHashMap<>();
    try (QueryExecution qe = rawSelect.select(query, timeoutMillis)) {
      qe.execSelect().forEachRemaining(row -> {
        if (!row.get("s").isURIResource()) {
          return;
        }
        String subject = row.getResource("s").getURI();
        if (best.size() < limit || best.containsKey(subject)) {
          best.putIfAbsent(subject, row.getLiteral("sc").getFloat());
          found.computeIfAbsent(subject, k -> new LinkedHashMap<>())
              .putIfAbsent(row.getResource("p").getURI(), new String[] {row.getResource("g").getURI(), row.getLiteral("t").getLexicalForm()});
        }
      });
    }
    List<TextMatch> out = new ArrayList<>();
    best.forEach((subject, score) -> out.add(new TextMatch(subject, score, () -> {
      Map<String, String[]> byProperty = found.get(subject);
      Map<String, String> highlights = new LinkedHashMap<>();
      byProperty.forEach((p, graphAndLiteral) -> {
        String h = Highlights.ofSubstrings(graphAndLiteral[1], plain);
        if (h != null) {
          highlights.put(p, h);
        }
      });
      // The first literal read is the best: rows come best first.
      String[] first = byProperty.values().iterator().next();
      return new TextMatch.Found(first[0], first[1], highlights);
    })));
    out.sort(Comparator.comparing(TextMatch::score).reversed().thenComparing(TextMatch::subject));
    return out;
  }

  /**
   * Virtuoso's free-text expression: every word quoted, AND between them, {@code *} after a
   * prefix. Virtuoso refuses a prefix of fewer than {@value #VIRTUOSO_MIN_PREFIX} characters.
   */
  static String virtuosoExpression(List<SearchWord> words) {
    StringBuilder out = new StringBuilder();
    for (SearchWord w : words) {
      if (w.prefix() && w.word().length() < VIRTUOSO_MIN_PREFIX) {
        throw new IllegalArgumentException("Virtuoso's text index needs at least " + VIRTUOSO_MIN_PREFIX
            + " characters before a *: '" + w.word() + "*'");
      }
      out.append(out.length() == 0 ? "" : " AND ").append('"').append(w.word()).append(w.prefix() ? "*" : "").append('"');
    }
    return out.toString();
  }

  /** The same words in Lucene's classic syntax, AND between them: the server's parser defaults to OR. */
  static String luceneExpression(List<SearchWord> words) {
    StringBuilder out = new StringBuilder();
    for (SearchWord w : words) {
      out.append(out.length() == 0 ? "" : " AND ").append(QueryParser.escape(w.word())).append(w.prefix() ? "*" : "");
    }
    return out.toString();
  }

  @Override
  public void close() {
    conn.close();
  }
}
