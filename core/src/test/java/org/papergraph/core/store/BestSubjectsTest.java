package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * {@link BestSubjects} against the plain way it replaces: every hit ranked, grouped by subject,
 * each subject at its best hit's score, best first, equal scores by IRI, blank nodes left out,
 * the first {@code limit}. On indexes of several segments, with subjects spread over segments,
 * with limits that cut through ties.
 */
class BestSubjectsTest {
  private static final List<String> WORDS = List.of("graph", "neural", "diffusion", "quantum", "robot", "latent");
  private static final String EX = "http://example.org/";

  @Test
  void agreesWithRankingEveryHit() throws IOException {
    Random random = new Random(3);
    for (int round = 0; round < 12; round++) {
      AllWordsTextIndex index = randomIndex(random);
      try {
        for (String q : List.of("graph", "neural graph", "quantum", "diffusion latent", "gr*", "robot")) {
          Query query = index.parseRequiringAll(q).orElseThrow();
          for (int limit : List.of(1, 2, 3, 5, 8, 40, 1000)) {
            List<Map.Entry<String, Float>> expected = index.search(s -> everyHitRanked(s, query, limit));
            List<Map.Entry<String, Float>> actual = index.search(s -> BestSubjects.of(s, query, limit, index.subjectNames()));
            assertThat(actual).as("round %d, %s, limit %d", round, q, limit).isEqualTo(expected);
          }
        }
      } finally {
        index.close();
      }
    }
  }

  @Test
  void blankNodesTakeNoPlace() throws IOException {
    AllWordsTextIndex index = TextIndexing.lucene(new ByteBuffersDirectory());
    try {
      // The blank node's literal is the best match, and sorts first as a subject.
      add(index, NodeFactory.createBlankNode("b0"), "graph graph graph");
      add(index, NodeFactory.createURI(EX + "a"), "graph of things");
      add(index, NodeFactory.createURI(EX + "b"), "a graph among many words of text");
      index.commit();
      Query query = index.parseRequiringAll("graph").orElseThrow();

      List<Map.Entry<String, Float>> best = index.search(s -> BestSubjects.of(s, query, 1, index.subjectNames()));

      assertThat(best).extracting(Map.Entry::getKey).containsExactly(EX + "a");
    } finally {
      index.close();
    }
  }

  private static AllWordsTextIndex randomIndex(Random random) {
    AllWordsTextIndex index = TextIndexing.lucene(new ByteBuffersDirectory());
    int segments = 1 + random.nextInt(4);
    for (int seg = 0; seg < segments; seg++) {
      int docs = 5 + random.nextInt(40);
      for (int d = 0; d < docs; d++) {
        // Few subjects, so that many have several literals, in several segments; few words, so
        // that many literals score the same.
        int n = random.nextInt(30);
        Node subject = n < 2 ? NodeFactory.createBlankNode("b" + n) : NodeFactory.createURI(EX + "s" + n);
        StringBuilder text = new StringBuilder();
        for (int w = 1 + random.nextInt(4); w > 0; w--) {
          text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        add(index, subject, text.toString().strip());
      }
      index.commit();
    }
    return index;
  }

  private static void add(AllWordsTextIndex index, Node subject, String text) {
    Entity e = TextQueryFuncs.entityFromQuad(index.getDocDef(), NodeFactory.createURI(EX + "g"), subject, DCTerms.title.asNode(),
        NodeFactory.createLiteralString(text));
    index.addEntity(e);
  }

  private static List<Map.Entry<String, Float>> everyHitRanked(org.apache.lucene.search.IndexSearcher searcher, Query query, int limit)
      throws IOException {
    Map<String, Float> best = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
      Document doc = searcher.getIndexReader().storedFields().document(hit.doc);
      String subject = doc.get(TextIndexing.ENTITY_FIELD);
      if (!subject.startsWith("_:")) {
        best.merge(subject, hit.score, Math::max);
      }
    }
    List<Map.Entry<String, Float>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
    return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
  }
}
