package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
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
      index.getIndexWriter().commit();
    } catch (IOException e) {
      throw new UncheckedIOException("could not rebuild the full-text index", e);
    }
    return n;
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
   * {@link GraphStore#searchText} on the index: the text as plain words (Lucene's syntax
   * characters and operators taken as text), every word required in one literal, one match per
   * subject, its best score first, with a highlighted passage of its best literal per property.
   *
   * @param properties the indexed properties by which a subject has a literal of the given
   *     lexical form: the index holds all of them in one field, so a hit cannot tell which
   */
  static List<TextMatch> search(AllWordsTextIndex index, String text, int limit, BiFunction<String, String, List<String>> properties) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    String qs = plainWords(text);
    Optional<Query> query = index.parseRequiringAll(qs);
    if (query.isEmpty() || (query.get() instanceof BooleanQuery b && b.clauses().isEmpty())) {
      // No words at all: a query of nothing matches nothing.
      return List.of();
    }
    // Per subject its best score: hits come best first. Subjects come from doc values, so that
    // thousands of hits cost no stored-field reads; where a subject matched is read for the
    // matches shown only.
    Map<String, Float> best = new LinkedHashMap<>();
    // Where the best subjects matched, read in the same pass: those are the ones shown.
    Map<String, List<String[]>> literals = new HashMap<>();
    // Several literals of one subject can match; ask for more hits than subjects wanted.
    int hitLimit = Math.max(limit * 4, 50);
    try (DirectoryReader reader = DirectoryReader.open(index.getDirectory())) {
      ScoreDoc[] hits = new IndexSearcher(reader).search(query.get(), hitLimit).scoreDocs;
      Map<Integer, String> subjects = subjects(reader, hits);
      StoredFields stored = reader.storedFields();
      for (ScoreDoc hit : hits) {
        String subject = subjects.get(hit.doc);
        // Blank nodes have no IRI to report.
        if (subject == null || subject.startsWith("_:") || (best.size() == limit && !best.containsKey(subject))) {
          continue;
        }
        best.putIfAbsent(subject, hit.score);
        if (literals.size() < READ_AHEAD || literals.containsKey(subject)) {
          Document doc = stored.document(hit.doc, STORED_FIELDS);
          literals.computeIfAbsent(subject, k -> new ArrayList<>()).add(new String[] {doc.get(GRAPH_FIELD), doc.get(TEXT_FIELD)});
        }
      }
    } catch (IndexNotFoundException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("could not search the full-text index", e);
    }
    List<TextMatch> out = new ArrayList<>();
    best.forEach((subject, score) -> out.add(new TextMatch(subject, score, () -> {
      List<String[]> read = literals.get(subject);
      if (read == null) {
        read = new ArrayList<>();
        for (TextHit h : index.query(subject, List.of(), qs, null, null, 20, null)) {
          read.add(new String[] {
            h.getGraph() == null ? null : h.getGraph().getURI(),
            h.getLiteral() == null ? null : h.getLiteral().getLiteralLexicalForm()});
        }
      }
      return found(index, query.get(), subject, read, properties);
    })));
    out.sort(Comparator.comparing(TextMatch::score).reversed().thenComparing(TextMatch::subject));
    return out;
  }

  /**
   * How many of the best subjects of a search have their matching literals read with their hits;
   * the others', when asked, take a search each.
   */
  private static final int READ_AHEAD = 64;

  private static final Set<String> STORED_FIELDS = Set.of(GRAPH_FIELD, TEXT_FIELD);

  /**
   * The subject of each hit, from its doc values, read in document order: each leaf's values are
   * an iterator that only moves forward.
   */
  private static Map<Integer, String> subjects(DirectoryReader reader, ScoreDoc[] hits) throws IOException {
    ScoreDoc[] byDoc = hits.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(h -> h.doc));
    Map<Integer, String> out = new HashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    SortedDocValues values = null;
    for (ScoreDoc hit : byDoc) {
      if (leaf == null || hit.doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        values = leaf.reader().getSortedDocValues(AllWordsTextIndex.SUBJECT_VALUES);
      }
      if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
        out.put(hit.doc, values.lookupOrd(values.ordValue()).utf8ToString());
      }
    }
    return out;
  }

  /** Where {@code subject} matched, from its matching literals (graph, lexical form), best first. */
  private static TextMatch.Found found(AllWordsTextIndex index, Query query, String subject, List<String[]> literals,
      BiFunction<String, String, List<String>> properties) {
    // A highlighter keeps state while it works: one per use.
    Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), Highlights::escape, new QueryScorer(query, TEXT_FIELD));
    highlighter.setTextFragmenter(new SimpleFragmenter(Highlights.WIDTH));
    Map<String, String> highlights = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String[] graphAndLiteral : literals) {
      String literal = graphAndLiteral[1];
      if (literal == null || !seen.add(literal)) {
        continue;
      }
      for (String p : properties.apply(subject, literal)) {
        if (!highlights.containsKey(p)) {
          String passage = highlight(highlighter, index, literal);
          if (passage != null) {
            highlights.put(p, passage);
          }
        }
      }
    }
    String[] first = literals.isEmpty() ? new String[2] : literals.get(0);
    return new TextMatch.Found(first[0], first[1], highlights);
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

  /** The best passage of {@code literal}, marked and escaped, "…" where it was cut; null when nothing in it matches. */
  private static String highlight(Highlighter highlighter, AllWordsTextIndex index, String literal) {
    String passage;
    try {
      passage = highlighter.getBestFragment(index.getQueryAnalyzer(), TEXT_FIELD, literal);
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IllegalStateException("could not highlight a full-text match", e);
    }
    if (passage == null) {
      return null;
    }
    String plain = Highlights.unescape(passage.replace("<em>", "").replace("</em>", "")).strip();
    String stripped = literal.strip();
    return (stripped.startsWith(plain) ? "" : "…") + passage.strip() + (stripped.endsWith(plain) ? "" : "…");
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
