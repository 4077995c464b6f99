package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;

/**
 * The jena-text (Lucene) index of the local backends: one document per indexed literal, all in
 * one field, so that {@code ?s text:query "diffusion"} searches titles, abstracts and labels at
 * once.
 */
final class TextIndexing {
  /** The properties whose literals are indexed: titles, abstracts, topic and venue labels. */
  static final List<Node> INDEXED_PROPERTIES =
      List.of(
          DCTerms.title.asNode(),
          DCTerms.abstract_.asNode(),
          SKOS.prefLabel.asNode(),
          SKOS.altLabel.asNode(),
          SchemaDO.name.asNode());

  static final String ENTITY_FIELD = "uri";
  static final String TEXT_FIELD = "text";
  static final String GRAPH_FIELD = "graph";
  static final String LANG_FIELD = "lang";
  // jena-text deletes a document only by this field (a checksum of subject, property, value and
  // graph); without it, deleted or replaced graphs would leave their literals in the index.
  static final String UID_FIELD = "uid";

  private TextIndexing() {}

  static AllWordsTextIndex lucene(Directory directory) {
    EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD);
    for (Node p : INDEXED_PROPERTIES) {
      def.set(TEXT_FIELD, p);
    }
    def.setGraphField(GRAPH_FIELD);
    def.setUidField(UID_FIELD);
    def.setLangField(LANG_FIELD);
    TextIndexConfig config = new TextIndexConfig(def);
    config.setAnalyzer(new StandardAnalyzer());
    // Stored values let a hit report the literal that matched.
    config.setValueStored(true);
    return new AllWordsTextIndex(directory, config);
  }

  /**
   * Rebuilds the index from the quads of {@code base}, which the caller holds a read
   * transaction on: used when the index may have missed a commit (a crash between the TDB2
   * commit and the Lucene commit).
   */
  static long rebuild(DatasetGraph base, TextIndexLucene index) {
    long n = 0;
    try {
      index.getIndexWriter().deleteAll();
      for (Node p : INDEXED_PROPERTIES) {
        var it = base.find(Node.ANY, Node.ANY, p, Node.ANY);
        while (it.hasNext()) {
          Quad q = it.next();
          Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), q);
          if (e != null) {
            index.addEntity(e);
            n++;
          }
        }
      }
      index.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("could not rebuild the full-text index", e);
    }
    return n;
  }

  /**
   * Indexes the literals of a bulk load's quads as they go to the loader, on the text-indexing
   * thread, instead of rebuilding the index from the store after the load: the loading thread
   * only picks out the quads of indexed properties and hands them over in batches (at most
   * {@link #QUEUED} batches ahead of the indexing). The graphs of a bulk load are new to the
   * store, so the index's documents for the rest of the store stay as they are. Nothing is
   * committed here: the caller commits the index once the loader has finished, or rolls it back.
   */
  static final class BesideLoad implements Consumer<Quad> {
    private static final int BATCH = 1_000;
    private static final int QUEUED = 16;
    private static final String FAILED = "the full-text index could not be built beside the load";
    // Tells the indexing thread that nothing follows; compared by identity.
    private static final List<Quad> END = new ArrayList<>(0);
    private final BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Future<Long> indexed;
    private final Set<Node> properties = new HashSet<>(INDEXED_PROPERTIES);
    private List<Quad> batch = new ArrayList<>(BATCH);

    BesideLoad(ExecutorService thread, TextIndexLucene index) {
      EntityDefinition def = index.getDocDef();
      this.indexed = thread.submit(() -> {
        long n = 0;
        for (List<Quad> quads = queue.take(); quads != END; quads = queue.take()) {
          for (Quad q : quads) {
            Entity e = TextQueryFuncs.entityFromQuad(def, q);
            if (e != null) {
              index.addEntity(e);
              n++;
            }
          }
        }
        return n;
      });
    }

    @Override
    public void accept(Quad quad) {
      if (properties.contains(quad.getPredicate())) {
        batch.add(quad);
        if (batch.size() == BATCH) {
          hand(batch);
          batch = new ArrayList<>(BATCH);
        }
      }
    }

    /** Waits for the indexing of every quad handed over; returns the literals indexed. */
    long finish() {
      hand(batch);
      hand(END);
      return StoreThreads.await(indexed, FAILED);
    }

    /** Ends the indexing without waiting for what is still queued; the caller rolls the index back. */
    void abandon() {
      queue.clear();
      try {
        hand(END);
        StoreThreads.await(indexed, FAILED);
      } catch (RuntimeException | Error ignored) {
        // The load failed already: that is the failure to report, not this one.
      }
    }

    private void hand(List<Quad> quads) {
      boolean interrupted = false;
      try {
        while (true) {
          if (indexed.isDone()) {
            // The indexing thread failed: rethrow what it threw.
            StoreThreads.await(indexed, FAILED);
            throw new IllegalStateException(FAILED + ": the indexing ended early");
          }
          try {
            if (queue.offer(quads, 1, TimeUnit.SECONDS)) {
              return;
            }
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /**
   * Brings the index in step with {@link GraphStore#replaceGraphs}: drops the documents of the
   * graphs in {@code existed}, then adds one for each indexed literal of the new graphs. Runs
   * inside the store's write transaction, whose commit commits the index.
   */
  static void replaceGraphs(TextIndexLucene index, Map<String, Graph> graphs, Set<String> existed) {
    IndexWriter writer = index.getIndexWriter();
    try {
      for (String name : existed) {
        writer.deleteDocuments(new Term(GRAPH_FIELD, TextQueryFuncs.graphNodeToString(StoreSupport.graphNode(name))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not update the full-text index", e);
    }
    // A delete reaches only the documents added before it, so the ones added now stay.
    EntityDefinition def = index.getDocDef();
    for (Map.Entry<String, Graph> e : graphs.entrySet()) {
      Node g = StoreSupport.graphNode(e.getKey());
      for (Node p : INDEXED_PROPERTIES) {
        e.getValue().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
          Entity entity = TextQueryFuncs.entityFromQuad(def, g, t.getSubject(), p, t.getObject());
          if (entity != null) {
            index.addEntity(entity);
          }
        });
      }
    }
  }

  /**
   * One matching literal, as the index stored it: its graph, its lexical form, and its language
   * tag or "^^" and datatype IRI (null for a plain string).
   */
  record IndexedLiteral(String graph, String lexical, String lang) {
    /** The literal as a node. */
    Node node() {
      if (lang == null || lang.isEmpty()) {
        return NodeFactory.createLiteralString(lexical);
      }
      if (lang.startsWith(DATATYPE_PREFIX)) {
        return NodeFactory.createLiteralDT(lexical, TypeMapper.getInstance().getSafeTypeByName(lang.substring(DATATYPE_PREFIX.length())));
      }
      return NodeFactory.createLiteralLang(lexical, lang);
    }
  }

  // How jena-text stores a datatype in the language field.
  private static final String DATATYPE_PREFIX = "^^";

  /**
   * Where matching literals are: for each subject, per lexical form of its matching literals, the
   * indexed properties by which it has that literal. The index holds all properties in one field,
   * so a hit cannot tell which.
   */
  @FunctionalInterface
  interface PropertiesOf {
    /** Per subject, per lexical form, the property IRIs. */
    Map<String, Map<String, List<String>>> of(Map<String, List<IndexedLiteral>> literalsBySubject);
  }

  /**
   * {@link GraphStore#searchText} on the index: the text as plain words (Lucene's syntax
   * characters and operators taken as text), every word required in one literal, one match per
   * subject, its best score first, with a highlighted passage of its best literal per property.
   */
  static List<TextMatch> search(AllWordsTextIndex index, String text, int limit, PropertiesOf properties) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    String qs = plainWords(text);
    Optional<Query> parsed = index.parseRequiringAll(qs);
    if (parsed.isEmpty() || (parsed.get() instanceof BooleanQuery b && b.clauses().isEmpty())) {
      // No words at all: a query of nothing matches nothing.
      return List.of();
    }
    Query query = parsed.get();
    List<Map.Entry<String, Float>> best = index.search(searcher -> BestSubjects.of(searcher, query, limit, index.subjectNames()));
    TermHighlighter highlighter = new TermHighlighter(query, index.getQueryAnalyzer());
    TextMatch.Finder finder = subjects -> {
      Map<String, List<IndexedLiteral>> literals = literals(index, query, subjects);
      // One look at the store for all of them.
      Map<String, Map<String, List<String>>> propertiesOf = properties.of(literals);
      Map<String, TextMatch.Found> out = new HashMap<>();
      for (String subject : subjects) {
        out.put(subject, found(highlighter, literals.get(subject), propertiesOf.getOrDefault(subject, Map.of())));
      }
      return out;
    };
    List<TextMatch> out = new ArrayList<>(best.size());
    best.forEach(e -> out.add(new TextMatch(e.getKey(), e.getValue(), finder)));
    return out;
  }

  /** How many of a subject's matching literals are read to find where it matched. */
  private static final int LITERALS_READ = 20;

  /**
   * The matching literals of each of {@code subjects} (graph, lexical form), best first, at most
   * {@link #LITERALS_READ} each: one search for the query's documents of those subjects, on the
   * index as it is now (a write since the search has changed document numbers).
   */
  private static Map<String, List<IndexedLiteral>> literals(AllWordsTextIndex index, Query query, Collection<String> subjects) {
    List<BytesRef> terms = subjects.stream().map(BytesRef::new).toList();
    Query ofSubjects = new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermInSetQuery(ENTITY_FIELD, terms), BooleanClause.Occur.FILTER)
        .build();
    return index.search(searcher -> {
      List<ScoreDoc> hits = allHits(searcher, ofSubjects);
      // Read in document order, so that a document not kept yet is read after its neighbours
      // (a paper's title and abstract), then taken best first.
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      List<ScoreDoc> inDocOrder = new ArrayList<>(hits);
      inDocOrder.sort(Comparator.comparingInt(h -> h.doc));
      Map<Integer, StoredLiterals.Doc> read = new HashMap<>();
      for (ScoreDoc hit : inDocOrder) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        read.put(hit.doc, index.storedLiterals().of(leaf.reader(), hit.doc - leaf.docBase));
      }
      Map<String, List<IndexedLiteral>> out = new HashMap<>();
      subjects.forEach(subject -> out.put(subject, new ArrayList<>()));
      for (ScoreDoc hit : hits) {
        StoredLiterals.Doc doc = read.get(hit.doc);
        List<IndexedLiteral> of = out.get(doc.subject());
        if (of != null && of.size() < LITERALS_READ && doc.literal() != null) {
          of.add(doc.literal());
        }
      }
      return out;
    });
  }

  /**
   * Every document matching {@code query}, best first (equal scores in document order): for a
   * query of a few subjects' literals, whose number is small but not known in advance.
   */
  private static List<ScoreDoc> allHits(IndexSearcher searcher, Query query) throws IOException {
    List<ScoreDoc> hits = new ArrayList<>();
    searcher.search(query, new SimpleCollector() {
      private Scorable scorer;
      private int docBase;

      @Override
      protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
      }

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        hits.add(new ScoreDoc(docBase + doc, scorer.score()));
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE;
      }
    });
    hits.sort((a, b) -> {
      int byScore = Float.compare(b.score, a.score);
      return byScore != 0 ? byScore : Integer.compare(a.doc, b.doc);
    });
    return hits;
  }

  /** Where a subject matched, from its matching literals, best first. */
  private static TextMatch.Found found(TermHighlighter highlighter, List<IndexedLiteral> literals, Map<String, List<String>> propertiesOf) {
    Map<String, String> highlights = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (IndexedLiteral literal : literals) {
      if (!seen.add(literal.lexical())) {
        continue;
      }
      for (String p : propertiesOf.getOrDefault(literal.lexical(), List.of())) {
        if (!highlights.containsKey(p)) {
          String passage = highlighter.passage(literal.lexical());
          if (passage != null) {
            highlights.put(p, passage);
          }
        }
      }
    }
    return literals.isEmpty()
        ? new TextMatch.Found(null, null, highlights)
        : new TextMatch.Found(literals.get(0).graph(), literals.get(0).lexical(), highlights);
  }

  /**
   * {@code text} as a Lucene query of plain words: every syntax character escaped but a '*' that
   * ends a word, which keeps its meaning (any word starting so: what a search box sends while a
   * word is being typed). Lower case, so that AND, OR and NOT are words too.
   */
  static String plainWords(String text) {
    StringBuilder out = new StringBuilder();
    for (String token : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      boolean prefix = token.length() > 1 && token.endsWith("*") && Character.isLetterOrDigit(token.charAt(token.length() - 2));
      out.append(out.length() == 0 ? "" : " ")
          .append(QueryParser.escape(prefix ? token.substring(0, token.length() - 1) : token))
          .append(prefix ? "*" : "");
    }
    return out.toString();
  }
}
