package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
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
    // Per subject its best score: hits come best first. Subjects come from doc values, so that
    // thousands of hits cost no stored-field reads. Of each subject its hits' documents are kept,
    // and their stored literals read only for the matches shown.
    Map<String, Float> best = new LinkedHashMap<>();
    Map<String, List<Integer>> docs = new HashMap<>();
    // Several literals of one subject can match; ask for more hits than subjects wanted.
    int hitLimit = Math.max(limit * 4, 50);
    IndexReader searched = index.search(searcher -> {
      ScoreDoc[] hits = searcher.search(query, hitLimit).scoreDocs;
      String[] subjects = subjects(searcher.getIndexReader(), hits);
      for (int i = 0; i < hits.length; i++) {
        String subject = subjects[i];
        // Blank nodes have no IRI to report.
        if (subject == null || subject.startsWith("_:") || (best.size() == limit && !best.containsKey(subject))) {
          continue;
        }
        best.putIfAbsent(subject, hits[i].score);
        List<Integer> of = docs.computeIfAbsent(subject, k -> new ArrayList<>());
        if (of.size() < LITERALS_READ) {
          of.add(hits[i].doc);
        }
      }
      return searcher.getIndexReader();
    });
    TermHighlighter highlighter = new TermHighlighter(query, index.getQueryAnalyzer());
    TextMatch.Finder finder = subjects -> {
      Map<String, List<IndexedLiteral>> literals = literals(index, searched, query, subjects, docs);
      // One look at the store for all of them.
      Map<String, Map<String, List<String>>> propertiesOf = properties.of(literals);
      Map<String, TextMatch.Found> out = new HashMap<>();
      for (String subject : subjects) {
        out.put(subject, found(highlighter, literals.get(subject), propertiesOf.getOrDefault(subject, Map.of())));
      }
      return out;
    };
    List<TextMatch> out = new ArrayList<>();
    best.forEach((subject, score) -> out.add(new TextMatch(subject, score, finder)));
    out.sort(Comparator.comparing(TextMatch::score).reversed().thenComparing(TextMatch::subject));
    return out;
  }

  /** How many of a subject's matching literals are read to find where it matched. */
  private static final int LITERALS_READ = 20;

  private static final Set<String> STORED_FIELDS = Set.of(GRAPH_FIELD, TEXT_FIELD, LANG_FIELD);

  /**
   * The matching literals of each of {@code subjects} (graph, lexical form), best first: from the
   * documents of the search's hits while the index is as it was searched, else by a search for
   * that subject's literals (a write has changed the index since, and document numbers with it).
   */
  private static Map<String, List<IndexedLiteral>> literals(AllWordsTextIndex index, IndexReader searched, Query query,
      Collection<String> subjects, Map<String, List<Integer>> hitDocs) {
    return index.search(searcher -> {
      boolean sameIndex = searcher.getIndexReader() == searched;
      StoredFields stored = searcher.getIndexReader().storedFields();
      Map<String, List<IndexedLiteral>> out = new HashMap<>();
      for (String subject : subjects) {
        List<Integer> ids = hitDocs.getOrDefault(subject, List.of());
        if (!sameIndex) {
          Query ofSubject = new BooleanQuery.Builder()
              .add(query, BooleanClause.Occur.MUST)
              .add(new TermQuery(new Term(ENTITY_FIELD, subject)), BooleanClause.Occur.FILTER)
              .build();
          ids = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(ofSubject, LITERALS_READ).scoreDocs) {
            ids.add(hit.doc);
          }
        }
        List<IndexedLiteral> read = new ArrayList<>();
        for (int id : ids) {
          Document doc = stored.document(id, STORED_FIELDS);
          if (doc.get(TEXT_FIELD) != null) {
            read.add(new IndexedLiteral(doc.get(GRAPH_FIELD), doc.get(TEXT_FIELD), doc.get(LANG_FIELD)));
          }
        }
        out.put(subject, read);
      }
      return out;
    });
  }

  /**
   * The subject of each hit (null where it has none), from the doc values: per segment, looked
   * up in the order of the values' ordinals, as the terms dictionary behind them is compressed in
   * blocks that a lookup in order reads once each.
   */
  private static String[] subjects(IndexReader reader, ScoreDoc[] hits) throws IOException {
    String[] out = new String[hits.length];
    List<LeafReaderContext> leaves = reader.leaves();
    // Per segment, the hits' positions in document order: doc values move forward only.
    Map<Integer, List<Integer>> bySegment = new HashMap<>();
    for (int i = 0; i < hits.length; i++) {
      bySegment.computeIfAbsent(ReaderUtil.subIndex(hits[i].doc, leaves), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<Integer, List<Integer>> e : bySegment.entrySet()) {
      LeafReaderContext leaf = leaves.get(e.getKey());
      SortedDocValues values = leaf.reader().getSortedDocValues(AllWordsTextIndex.SUBJECT_VALUES);
      if (values == null) {
        continue;
      }
      List<Integer> positions = e.getValue();
      positions.sort(Comparator.comparingInt(i -> hits[i].doc));
      int[] ords = new int[hits.length];
      List<Integer> withValue = new ArrayList<>();
      for (int i : positions) {
        if (values.advanceExact(hits[i].doc - leaf.docBase)) {
          ords[i] = values.ordValue();
          withValue.add(i);
        }
      }
      withValue.sort(Comparator.comparingInt(i -> ords[i]));
      int lastOrd = -1;
      String last = null;
      for (int i : withValue) {
        if (ords[i] != lastOrd) {
          lastOrd = ords[i];
          last = values.lookupOrd(lastOrd).utf8ToString();
        }
        out[i] = last;
      }
    }
    return out;
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
