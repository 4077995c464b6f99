package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link GraphStore} backend must do. Each backend's test class extends this and
 * says how to open an empty store.
 */
abstract class GraphStoreContract {
  static final String G1 = "http://example.org/graph/1";
  static final String G2 = "http://example.org/graph/2";
  static final String G3 = "http://example.org/graph/3";

  GraphStore store;

  /** A new, empty store of the backend under test. */
  abstract GraphStore openEmptyStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openEmptyStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aNewStoreIsEmpty() {
    assertThat(store.listGraphs()).isEmpty();
    assertThat(store.size()).isZero();
    assertThat(store.containsGraph(G1)).isFalse();
  }

  @Test
  void replaceGraphsAddsGraphsAndSaysWhichExisted() {
    assertThat(store.replaceGraphs(Map.of(G1, turtle("ex:a ex:p 1 ."), G2, turtle("ex:b ex:p 2 .")))).isEmpty();
    assertThat(store.replaceGraphs(Map.of(G2, turtle("ex:b ex:p 3 ."), G3, turtle("ex:c ex:p 4 .")))).containsExactly(G2);
    assertThat(store.listGraphs()).containsExactly(G1, G2, G3);
    assertThat(store.size()).isEqualTo(3);
  }

  @Test
  void replaceSwapsTheWholeGraphAndTouchesNoOther() {
    store.replaceGraphs(Map.of(G1, turtle("ex:a ex:p 1 ; ex:q 2 ."), G2, turtle("ex:b ex:p 2 .")));
    assertThat(store.replaceGraph(G1, turtle("ex:a ex:r 3 ."))).isTrue();
    assertIsomorphic(store.getGraph(G1), turtle("ex:a ex:r 3 ."));
    assertIsomorphic(store.getGraph(G2), turtle("ex:b ex:p 2 ."));
  }

  @Test
  void replacingWithAnEmptyGraphRemovesIt() {
    store.replaceGraph(G1, turtle("ex:a ex:p 1 ."));
    store.replaceGraph(G1, turtle(""));
    assertThat(store.containsGraph(G1)).isFalse();
    assertThat(store.listGraphs()).isEmpty();
  }

  @Test
  void blankNodesSurviveARoundTrip() {
    Graph g = turtle("ex:a ex:source [ ex:file \"f.txt\" ; ex:line 3 ] ; ex:other [ ex:x 1 ] .");
    store.replaceGraph(G1, g);
    assertIsomorphic(store.getGraph(G1), g);
  }

  @Test
  void literalsOfTheKindsPapergraphWritesSurviveARoundTrip() {
    Graph g = turtle(
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
            + "ex:a ex:created \"2022-11-15\"^^xsd:date ; ex:submitted \"2022-11-15T18:59:59Z\"^^xsd:dateTime ;"
            + " ex:run \"2026-12-01T05:58:00.123456Z\"^^xsd:dateTime ; ex:year \"2021\"^^xsd:gYear ;"
            + " ex:provisional true ; ex:score 0.85 ; ex:count 35020 ;"
            + " ex:label \"graph neural networks\"@en ; ex:title \"Über \\\"quoted\\\"\\nline 😀\" .");
    store.replaceGraph(G1, g);
    assertIsomorphic(store.getGraph(G1), g);
  }

  @Test
  void deleteDropsOnlyTheNamedGraphsAndSaysWhichExisted() {
    store.replaceGraphs(Map.of(G1, turtle("ex:a ex:p 1 ."), G2, turtle("ex:b ex:p 2 .")));
    assertThat(store.deleteGraphs(List.of(G1, G3))).containsExactly(G1);
    assertThat(store.containsGraph(G1)).isFalse();
    assertThat(store.containsGraph(G2)).isTrue();
    assertThat(store.listGraphs()).containsExactly(G2);
    assertThat(store.getGraph(G1).isEmpty()).isTrue();
  }

  @Test
  void listGraphsIsSorted() {
    store.replaceGraphs(Map.of(G3, turtle("ex:c ex:p 1 ."), G1, turtle("ex:a ex:p 1 ."), G2, turtle("ex:b ex:p 1 .")));
    assertThat(store.listGraphs()).containsExactly(G1, G2, G3);
  }

  @Test
  void aMissingGraphReadsAsEmpty() {
    assertThat(store.getGraph(G1).isEmpty()).isTrue();
  }

  @Test
  void queriesSeeTheUnionOfAllGraphs() {
    store.replaceGraphs(Map.of(G1, turtle("ex:a ex:knows ex:b ."), G2, turtle("ex:b ex:name \"B\" .")));
    String name =
        store.query(
            QueryFactory.create("SELECT ?n WHERE { <http://example.org/a> <http://example.org/knows> ?x . ?x <http://example.org/name> ?n }"),
            qe -> {
              var rs = qe.execSelect();
              return rs.hasNext() ? rs.next().getLiteral("n").getString() : null;
            });
    assertThat(name).isEqualTo("B");
    long graphs =
        store.query(
            QueryFactory.create("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
            qe -> qe.execSelect().next().getLiteral("n").getLong());
    assertThat(graphs).isEqualTo(2);
  }

  @Test
  void updatesWriteNamedGraphsAndSeeTheUnion() {
    store.replaceGraph(G1, turtle("ex:a ex:p 1 ."));
    store.update(
        UpdateFactory.create(
            "INSERT { GRAPH <" + G2 + "> { ?s <http://example.org/copied> ?o } } WHERE { ?s <http://example.org/p> ?o }"));
    assertIsomorphic(store.getGraph(G2), turtle("ex:a ex:copied 1 ."));
  }

  @Test
  void exportedQuadsImportIntoAnotherStoreAsTheSameDataset() {
    store.replaceGraphs(
        Map.of(
            G1, turtle("ex:a ex:p \"é\"@fr ; ex:s [ ex:line 3 ] ."),
            G2, turtle("ex:b ex:p 2.5 ; ex:q ex:a .")));
    DatasetGraph exported = DatasetFactory.createTxnMem().asDatasetGraph();
    store.exportQuads(StreamRDFLib.dataset(exported));
    assertThat(exported.stream().count()).isEqualTo(5);

    store.deleteGraphs(store.listGraphs());
    store.importQuads(sink -> exported.find().forEachRemaining(sink::quad));
    DatasetGraph back = DatasetFactory.createTxnMem().asDatasetGraph();
    store.exportQuads(StreamRDFLib.dataset(back));
    assertThat(IsoMatcher.isomorphic(exported, back)).isTrue();
  }

  @Test
  void importRefusesTriplesOutsideANamedGraph() {
    assertThatThrownBy(() -> store.importQuads(sink -> sink.triple(turtle("ex:a ex:p 1 .").find().next())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside any named graph");
  }

  /**
   * Called between a write and the text searches that check it: a backend whose text index
   * follows writes in batches (Virtuoso's) brings it up to date here.
   */
  void textIndexCaughtUp() throws Exception {}

  @Test
  void textSearchFollowsUpsertsAndDeletes() throws Exception {
    Graph paper = turtle("ex:paper dcterms:title \"Versatile Diffusion\" ; dcterms:abstract \"A multi-flow network.\" .");
    Graph topic = turtle("ex:topic skos:prefLabel \"graph neural networks\" ; skos:altLabel \"GNN\" .");
    Graph venue = turtle("ex:venue schema:name \"Neural Information Processing Systems\" ; skos:prefLabel \"NeurIPS\" .");
    store.replaceGraphs(Map.of(G1, paper, G2, topic, G3, venue));
    textIndexCaughtUp();
    assertThat(subjects(store.searchText("diffusion", 10))).containsExactly("http://example.org/paper");
    assertThat(subjects(store.searchText("multi-flow", 10))).containsExactly("http://example.org/paper");
    assertThat(subjects(store.searchText("gnn", 10))).containsExactly("http://example.org/topic");
    assertThat(subjects(store.searchText("neurips", 10))).containsExactly("http://example.org/venue");
    TextMatch m = store.searchText("versatile", 10).get(0);
    assertThat(m.graph()).isEqualTo(G1);
    assertThat(m.literal()).isEqualTo("Versatile Diffusion");
    assertThat(m.highlights()).containsEntry("http://purl.org/dc/terms/title", "<em>Versatile</em> Diffusion");

    store.replaceGraph(G1, turtle("ex:paper dcterms:title \"Latent Consistency\" ."));
    textIndexCaughtUp();
    assertThat(store.searchText("diffusion", 10)).isEmpty();
    assertThat(subjects(store.searchText("consistency", 10))).containsExactly("http://example.org/paper");

    store.deleteGraphs(List.of(G1, G2));
    textIndexCaughtUp();
    assertThat(store.searchText("consistency", 10)).isEmpty();
    assertThat(store.searchText("gnn", 10)).isEmpty();
    assertThat(subjects(store.searchText("neurips", 10))).containsExactly("http://example.org/venue");
  }

  @Test
  void aMatchReadAfterALaterWriteStillSaysWhereItMatched() throws Exception {
    // A language tag and a datatype: where a literal matched must not depend on its kind.
    Graph labels = turtle("ex:topic skos:prefLabel \"diffusion models\"@en ; skos:altLabel \"diffusion\"^^<http://example.org/word> .");
    store.replaceGraphs(Map.of(
        G1, turtle("ex:paper dcterms:title \"Versatile Diffusion\" ; dcterms:abstract \"Diffusion for text and images.\" ."),
        G2, labels));
    textIndexCaughtUp();
    List<TextMatch> found = store.searchText("diffusion", 10);
    // Where a match is is read when first asked: here only after a write that renumbers the index.
    store.replaceGraphs(Map.of(G3, turtle("ex:other dcterms:title \"Diffusion again\" ."), G2, labels));
    textIndexCaughtUp();
    TextMatch paper = found.stream().filter(m -> m.subject().equals("http://example.org/paper")).findFirst().orElseThrow();
    assertThat(paper.graph()).isEqualTo(G1);
    assertThat(paper.highlights())
        .containsEntry("http://purl.org/dc/terms/title", "Versatile <em>Diffusion</em>")
        .containsEntry("http://purl.org/dc/terms/abstract", "<em>Diffusion</em> for text and images.");
    TextMatch topic = found.stream().filter(m -> m.subject().equals("http://example.org/topic")).findFirst().orElseThrow();
    assertThat(topic.highlights())
        .containsEntry("http://www.w3.org/2004/02/skos/core#prefLabel", "<em>diffusion</em> models")
        .containsEntry("http://www.w3.org/2004/02/skos/core#altLabel", "<em>diffusion</em>");
  }

  @Test
  void textSearchWantsEveryWordInOneLiteral() throws Exception {
    store.replaceGraphs(Map.of(
        G1, turtle("ex:paper dcterms:title \"Versatile Diffusion\" ; dcterms:abstract \"A network for <images> & text.\" ."),
        G2, turtle("ex:topic skos:prefLabel \"graph neural networks\" .")));
    textIndexCaughtUp();
    assertThat(subjects(store.searchText("Graph NETWORKS", 10))).containsExactly("http://example.org/topic");
    assertThat(subjects(store.searchText("neural and graph", 10))).isEmpty();
    assertThat(subjects(store.searchText("Versat* diffusion", 10))).containsExactly("http://example.org/paper");
    // The words are in the title and in the abstract, never both in one.
    assertThat(store.searchText("diffusion network", 10)).isEmpty();
    assertThat(store.searchText("\"} UNION { ?s ?p ?o } #", 10)).isEmpty();
    assertThat(store.searchText(" -- ", 10)).isEmpty();
    assertThat(store.searchText("images text", 10).get(0).highlights())
        .containsEntry("http://purl.org/dc/terms/abstract", "A network for &lt;<em>images</em>&gt; &amp; <em>text</em>.");
  }

  @Test
  void textQueryInSparqlSearchesTheUnionGraph() {
    // SPARQL 1.1 has no text:query; the Fuseki of the remote tests has no text index.
    if (store.kind() == StoreKind.REMOTE) {
      return;
    }
    store.replaceGraphs(
        Map.of(
            G1, turtle("ex:paper dcterms:title \"Versatile Diffusion\" ."),
            G2, turtle("ex:paper ex:code ex:repo .")));
    List<String> found =
        store.query(
            QueryFactory.create(
                "PREFIX text: <http://jena.apache.org/text#>\n"
                    + "SELECT ?s ?code WHERE { ?s text:query \"diffusion\" . ?s <http://example.org/code> ?code }"),
            qe -> {
              List<String> out = new ArrayList<>();
              qe.execSelect().forEachRemaining(s -> out.add(s.getResource("s").getURI() + " " + s.getResource("code").getURI()));
              return out;
            });
    assertThat(found).containsExactly("http://example.org/paper http://example.org/repo");
  }

  static List<String> subjects(List<TextMatch> matches) {
    return matches.stream().map(TextMatch::subject).toList();
  }

  static void assertIsomorphic(Graph actual, Graph expected) {
    assertThat(actual.isIsomorphicWith(expected))
        .as("expected %s but got %s", expected, actual)
        .isTrue();
  }
}
