package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
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
import org.apache.lucene.index.Term;
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

  static TextIndexLucene lucene(Directory directory) {
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
    return new TextIndexLucene(directory, config);
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

  /** One match per subject, its best score first. */
  static List<TextMatch> bestPerSubject(TextIndex index, String query, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    Map<String, TextMatch> best = new LinkedHashMap<>();
    // Several literals of one subject can match; ask for more hits than subjects wanted.
    int hitLimit = Math.max(limit * 4, 50);
    List<TextHit> hits = index.query((Node) null, query, null, null, hitLimit);
    for (TextHit h : hits) {
      if (!h.getNode().isURI()) {
        continue;
      }
      TextMatch m =
          new TextMatch(
              h.getNode().getURI(),
              h.getScore(),
              h.getGraph() == null ? null : h.getGraph().getURI(),
              h.getProp() == null ? null : h.getProp().getURI(),
              h.getLiteral() == null ? null : h.getLiteral().getLiteralLexicalForm());
      best.merge(m.subject(), m, (a, b) -> a.score() >= b.score() ? a : b);
    }
    List<TextMatch> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparing(TextMatch::score).reversed().thenComparing(TextMatch::subject));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
