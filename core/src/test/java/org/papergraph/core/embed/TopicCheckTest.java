package org.papergraph.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;

/**
 * The topic check, as the server runs it: the papers' vectors by all-MiniLM-L6-v2, the check's own by
 * e5-small-v2. What it keeps, what it removes, and when it runs again.
 */
class TopicCheckTest {
  private static final String G = "http://example.org/graph/paper/a";
  private static final String P = "http://example.org/id/paper/a";
  private static final String ABSTRACT = "We propose a message-passing graph neural network that predicts the properties of molecules "
      + "from their molecular graphs. On benchmarks of drug-like molecules it improves property prediction over earlier "
      + "graph neural networks. Its training fits on one energy-efficient accelerator.";

  @Test
  void theRuleKeepsStrongAssignmentsAndAtLeastOne() {
    var verdicts = TopicCheck.judge(List.of(
        candidate("subject", 0.7, TopicCheck.THRESHOLD + 0.2),
        candidate("passing", 0.7, TopicCheck.THRESHOLD - 0.3),
        candidate("edge", 0.5, TopicCheck.THRESHOLD + 0.001)));
    assertThat(verdicts).extracting(TopicCheck.Verdict::kept).containsExactly(true, false, true);

    var weak = TopicCheck.judge(List.of(candidate("a", 0.7, TopicCheck.THRESHOLD - 0.3), candidate("b", 0.65, TopicCheck.THRESHOLD - 0.2)));
    assertThat(weak).as("a paper keeps its strongest topic when all fall short").extracting(TopicCheck.Verdict::kept).containsExactly(false, true);
  }

  @Test
  void heldBackMatchesAreAdmittedStrongestFirstBesideAKeptTopicUpToSix() {
    List<TopicCheck.Candidate<String>> held = List.of(
        candidate("weak", 0.55, TopicCheck.ADMIT - 0.05), candidate("strong", 0.55, TopicCheck.ADMIT + 0.15), candidate("stronger", 0.55, TopicCheck.ADMIT + 0.35));
    assertThat(TopicCheck.admit(2, held)).extracting(TopicCheck.Candidate::assignment).containsExactly("stronger", "strong");
    assertThat(TopicCheck.admit(1, held)).as("beside a single topic").extracting(TopicCheck.Candidate::assignment).containsExactly("stronger", "strong");
    assertThat(TopicCheck.admit(0, held)).as("a paper the tagger gives nothing").isEmpty();
    assertThat(TopicCheck.admit(5, held)).as("up to six").extracting(TopicCheck.Candidate::assignment).containsExactly("stronger");
    assertThat(TopicCheck.admit(6, held)).isEmpty();
  }

  @Test
  void aHeldBackMatchTheAbstractIsAboutIsWrittenAsAnAssignmentWithItsSimilarityAndOneInPassingIsNot(@TempDir Path dir) throws Exception {
    PaperEmbedder model = PaperEmbedder.allMiniLm();
    List<List<String>> asked = new java.util.ArrayList<>();
    HeldBackMatches heldBack = (paper, title, abstractText, categories) -> {
      asked.add(java.util.stream.Stream.concat(java.util.stream.Stream.of(paper, String.valueOf(title), abstractText), categories.stream()).toList());
      return List.of(match("molecular-property-prediction"), match("energy-efficiency"));
    };
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, model, new VectorIndex(FSDirectory.open(dir), model.modelId()), heldBack, PaperEmbedder.e5Small())) {
      Graph paper = record("h1");
      parse(Vocabularies.sparqlPrologue().replaceAll("PREFIX (\\S+) (<[^>]*>)", "@prefix $1 $2 .") + """
          <%s> dcterms:subject <http://example.org/id/topic/drug-discovery> ; pg:topicAssignment <%s#topic-drug-discovery> ;
              pg:arxivCategory <http://example.org/id/category/q-bio.BM>, <http://example.org/id/category/cs.LG> ;
              pg:primaryArxivCategory <http://example.org/id/category/cs.LG> .
          <%s#topic-drug-discovery> a pg:TopicAssignment ; pg:topic <http://example.org/id/topic/drug-discovery> ; pg:score 0.9 .
          """.formatted(P, P, P)).find().forEachRemaining(paper::add);
      store.replaceGraphs(Map.of(G, paper, "http://example.org/graph/reference/topics", topics()));
      embeddings.embedAll((done, total) -> {});

      PaperEmbeddings.TopicPass pass = embeddings.checkTopics(Pacer.FULL_SPEED);

      assertThat(pass).isEqualTo(new PaperEmbeddings.TopicPass(1, 3, 1, 1));
      assertThat(asked).as("the stored text, categories primary first").containsExactly(
          List.of(P, "null", ABSTRACT, "http://example.org/id/category/cs.LG", "http://example.org/id/category/q-bio.BM"));
      assertThat(subjects(store)).containsExactlyInAnyOrder("graph-neural-networks", "drug-discovery", "molecular-property-prediction");
      assertThat(similarities(store)).containsOnlyKeys("graph-neural-networks", "drug-discovery", "molecular-property-prediction");
      assertThat(ask(store, "ASK { GRAPH <" + G + "> { <" + P + "> pg:topicAssignment ?a . ?a pg:score 0.55 ; pg:topic <http://example.org/id/topic/molecular-property-prediction> } }"))
          .as("written as offered").isTrue();
      assertThat(embeddings.checkTopics(Pacer.FULL_SPEED)).as("an admitted match is checked already").isEqualTo(new PaperEmbeddings.TopicPass(0, 0, 0));
    }
  }

  /** A candidate whose strength (score + weight x cosine) is {@code strength}. */
  private static TopicCheck.Candidate<String> candidate(String name, double score, double strength) {
    return new TopicCheck.Candidate<>(name, score, (strength - score) / TopicCheck.WEIGHT);
  }

  private static HeldBackMatches.Match match(String slug) {
    Node paper = NodeFactory.createURI(P);
    Node topic = NodeFactory.createURI("http://example.org/id/topic/" + slug);
    Node assignment = NodeFactory.createURI(P + "#topic-" + slug);
    return new HeldBackMatches.Match(topic, 0.55, assignment, List.of(
        Triple.create(paper, NodeFactory.createURI("http://purl.org/dc/terms/subject"), topic),
        Triple.create(paper, NodeFactory.createURI(org.papergraph.core.vocab.PG.NS + "topicAssignment"), assignment),
        Triple.create(assignment, NodeFactory.createURI(org.papergraph.core.vocab.PG.NS + "topic"), topic),
        Triple.create(assignment, NodeFactory.createURI(org.papergraph.core.vocab.PG.NS + "score"), NodeFactory.createLiteralDT("0.55", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal))));
  }

  @Test
  void aPassingMentionIsRemovedWithItsEvidenceAndTheSubjectKeepsItsSimilarity(@TempDir Path dir) throws Exception {
    PaperEmbedder model = PaperEmbedder.allMiniLm();
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, model, new VectorIndex(FSDirectory.open(dir), model.modelId()), HeldBackMatches.NONE, PaperEmbedder.e5Small())) {
      store.replaceGraphs(Map.of(G, record("h1"), "http://example.org/graph/reference/topics", topics()));
      embeddings.embedAll((done, total) -> {});

      PaperEmbeddings.TopicPass pass = embeddings.checkTopics(Pacer.FULL_SPEED);

      assertThat(pass).isEqualTo(new PaperEmbeddings.TopicPass(1, 2, 1));
      Map<String, String> similarity = similarities(store);
      assertThat(similarity).containsOnlyKeys("graph-neural-networks");
      assertThat(0.9 + TopicCheck.WEIGHT * Double.parseDouble(similarity.get("graph-neural-networks")))
          .as("the subject stays on its own strength, not as the paper's last topic").isGreaterThanOrEqualTo(TopicCheck.THRESHOLD);
      assertThat(subjects(store)).containsExactly("graph-neural-networks");
      assertThat(ask(store, "ASK { GRAPH <" + G + "> { ?s ?p ?o FILTER(CONTAINS(STR(?s), 'energy') || ?o = \"energy-efficient\") } }")).as("the removed assignment leaves nothing behind").isFalse();

      assertThat(embeddings.checkTopics(Pacer.FULL_SPEED)).as("a checked paper is not checked again").isEqualTo(new PaperEmbeddings.TopicPass(0, 0, 0));

      // The ingest writes the record again, as a new version: its topics are checked again.
      store.replaceGraphs(Map.of(G, record("h2")));
      embeddings.update(Set.of(G));
      assertThat(embeddings.checkTopics(Set.of(G), Pacer.FULL_SPEED)).isEqualTo(new PaperEmbeddings.TopicPass(1, 2, 1));
      assertThat(subjects(store)).containsExactly("graph-neural-networks");
    }
  }

  @Test
  void aPapersArxivCategoryIsLeftUnchecked(@TempDir Path dir) throws Exception {
    PaperEmbedder model = PaperEmbedder.allMiniLm();
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, model, new VectorIndex(FSDirectory.open(dir), model.modelId()), HeldBackMatches.NONE, PaperEmbedder.e5Small())) {
      Graph paper = record("h1");
      // A category whose name has nothing in common with the abstract, at the category's score.
      parse(Vocabularies.sparqlPrologue().replaceAll("PREFIX (\\S+) (<[^>]*>)", "@prefix $1 $2 .") + """
          <%s> dcterms:subject <http://example.org/id/topic/arxiv-nucl-th> ; pg:topicAssignment <%s#topic-arxiv-nucl-th> .
          <%s#topic-arxiv-nucl-th> a pg:TopicAssignment ;
              pg:topic <http://example.org/id/topic/arxiv-nucl-th> ; pg:score 0.5 ; pg:method pg:PrimaryCategoryTopic .
          """.formatted(P, P, P)).find().forEachRemaining(paper::add);
      Graph topics = topics();
      parse("<http://example.org/id/topic/arxiv-nucl-th> <http://www.w3.org/2004/02/skos/core#prefLabel> \"Nuclear Theory (nucl-th)\"@en .")
          .find().forEachRemaining(topics::add);
      store.replaceGraphs(Map.of(G, paper, "http://example.org/graph/reference/topics", topics));
      embeddings.embedAll((done, total) -> {});

      assertThat(embeddings.checkTopics(Pacer.FULL_SPEED)).isEqualTo(new PaperEmbeddings.TopicPass(1, 2, 1));
      assertThat(subjects(store)).containsExactlyInAnyOrder("graph-neural-networks", "arxiv-nucl-th");
      assertThat(similarities(store)).containsOnlyKeys("graph-neural-networks");
    }
  }

  @Test
  void aPaperWithoutAVectorWaitsAndARecordWrittenSinceItWasReadIsLeftAlone(@TempDir Path dir) throws Exception {
    PaperEmbedder model = PaperEmbedder.allMiniLm();
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, model, new VectorIndex(FSDirectory.open(dir), model.modelId()), HeldBackMatches.NONE, PaperEmbedder.e5Small())) {
      store.replaceGraphs(Map.of(G, record("h1"), "http://example.org/graph/reference/topics", topics()));
      assertThat(embeddings.checkTopics(Pacer.FULL_SPEED)).as("no vector yet").isEqualTo(new PaperEmbeddings.TopicPass(0, 0, 0));
      assertThat(subjects(store)).containsExactlyInAnyOrder("graph-neural-networks", "energy-efficiency");

      embeddings.embedAll((done, total) -> {});
      // The pacer's turn comes after the pass read the store: a write lands in between.
      Pacer writeFirst = new Pacer() {
        boolean wrote;

        @Override
        public boolean awaitTurn() {
          if (!wrote) {
            wrote = true;
            store.replaceGraphs(Map.of(G, record("h2")));
          }
          return true;
        }

        @Override
        public void ran(long nanos) {}
      };
      embeddings.checkTopics(writeFirst);
      assertThat(subjects(store)).as("the update is conditional on the content hash read").containsExactlyInAnyOrder("graph-neural-networks", "energy-efficiency");
      assertThat(similarities(store)).isEmpty();
    }
  }

  private static Graph record(String hash) {
    String ttl = Vocabularies.sparqlPrologue().replaceAll("PREFIX (\\S+) (<[^>]*>)", "@prefix $1 $2 .") + """
        <%s> pg:contentHash "%s" .
        <%s> a schema:ScholarlyArticle ;
            dcterms:abstract "%s" ;
            dcterms:subject <http://example.org/id/topic/graph-neural-networks>, <http://example.org/id/topic/energy-efficiency> ;
            pg:topicAssignment <%s#topic-graph-neural-networks>, <%s#topic-energy-efficiency> .
        <%s#topic-graph-neural-networks> a pg:TopicAssignment ;
            pg:topic <http://example.org/id/topic/graph-neural-networks> ; pg:score 0.9 ;
            pg:evidence <%s#evidence-graph-neural-networks-1> .
        <%s#evidence-graph-neural-networks-1> a pg:TopicEvidence ; pg:matchedText "graph neural network" .
        <%s#topic-energy-efficiency> a pg:TopicAssignment ;
            pg:topic <http://example.org/id/topic/energy-efficiency> ; pg:score 0.7 ;
            pg:evidence <%s#evidence-energy-efficiency-1> .
        <%s#evidence-energy-efficiency-1> a pg:TopicEvidence ; pg:matchedText "energy-efficient" .
        """.formatted(G, hash, P, ABSTRACT, P, P, P, P, P, P, P, P);
    return parse(ttl);
  }

  private static Graph topics() {
    return parse("""
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <http://example.org/id/topic/graph-neural-networks> skos:prefLabel "graph neural networks"@en ; skos:altLabel "GNN"@en .
        <http://example.org/id/topic/energy-efficiency> skos:prefLabel "energy efficiency"@en ; skos:altLabel "energy-efficient"@en .
        <http://example.org/id/topic/drug-discovery> skos:prefLabel "drug discovery"@en .
        <http://example.org/id/topic/molecular-property-prediction> skos:prefLabel "molecular property prediction"@en .
        """);
  }

  private static Graph parse(String ttl) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(ttl)).lang(Lang.TURTLE).parse(g);
    return g;
  }

  private static List<String> subjects(GraphStore store) {
    return store.query(QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT ?t WHERE { GRAPH ?g { ?p dcterms:subject ?t } }"), qe -> {
      List<String> out = new java.util.ArrayList<>();
      qe.execSelect().forEachRemaining(s -> out.add(s.getResource("t").getURI().replaceAll(".*/", "")));
      return out;
    });
  }

  private static Map<String, String> similarities(GraphStore store) {
    return store.query(QueryFactory.create(Vocabularies.sparqlPrologue()
        + "SELECT ?t ?s WHERE { GRAPH ?g { ?a pg:topic ?t ; pg:semanticSimilarity ?s } }"), qe -> {
          Map<String, String> out = new TreeMap<>();
          qe.execSelect().forEachRemaining(s -> out.put(s.getResource("t").getURI().replaceAll(".*/", ""), s.getLiteral("s").getLexicalForm()));
          return out;
        });
  }

  private static boolean ask(GraphStore store, String ask) {
    return store.query(QueryFactory.create(Vocabularies.sparqlPrologue() + ask), qe -> qe.execAsk());
  }
}
