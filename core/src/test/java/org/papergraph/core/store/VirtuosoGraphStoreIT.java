package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract against a real Virtuoso started for the test, configured as the README says, and
 * what is particular to Virtuoso: its own graphs, its parser's limits, its login, its cut answers.
 * Text search goes to Virtuoso's free-text index ({@code text-search=virtuoso}), brought up to
 * date after each write the contract searches.
 */
@RequiresVirtuoso
class VirtuosoGraphStoreIT extends GraphStoreContract {
  // Above every answer the contract reads, below the one that checks what happens past it.
  static final int RESULT_SET_MAX_ROWS = 20_000;

  static VirtuosoServer virtuoso;

  @BeforeAll
  static void startVirtuoso() throws Exception {
    virtuoso = VirtuosoServer.start(RESULT_SET_MAX_ROWS);
  }

  @AfterAll
  static void stopVirtuoso() {
    if (virtuoso != null) {
      virtuoso.close();
    }
  }

  // Text search in Virtuoso's own index, as the README recommends for Virtuoso; the scan is
  // the remote store's default and is checked against Fuseki.
  @Override
  GraphStore openEmptyStore() {
    GraphStore store = GraphStores.open(virtuoso.storeConfigWithTextIndex());
    store.deleteGraphs(store.listGraphs());
    return store;
  }

  @Override
  void textIndexCaughtUp() throws Exception {
    virtuoso.refreshTextIndex();
  }

  @Test
  void theServersOwnGraphsAreNotTheStores() {
    List<String> all = new ArrayList<>();
    try (RDFConnection plain = RDFConnection.connect(virtuoso.queryEndpoint().toString())) {
      plain.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", s -> all.add(s.getResource("g").getURI()));
    }
    assertThat(all).as("Virtuoso keeps graphs of its own").contains("http://www.openlinksw.com/schemas/virtrdf#");

    store.replaceGraph(G1, turtle("ex:a ex:p 1 ."));
    assertThat(store.listGraphs()).containsExactly(G1);
    assertThat(store.size()).isEqualTo(1);
    var exported = org.apache.jena.query.DatasetFactory.createTxnMem().asDatasetGraph();
    store.exportQuads(StreamRDFLib.dataset(exported));
    assertThat(exported.stream().count()).isEqualTo(1);
  }

  @Test
  void aGraphLargerThanVirtuososParserTakesAtOnceIsWrittenWhole() {
    Graph big = GraphFactory.createDefaultGraph();
    for (int i = 0; i < 12_000; i++) {
      big.add(NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("value " + i));
    }
    // Blank nodes in the same graph, one shared by two triples.
    var shared = NodeFactory.createBlankNode();
    big.add(NodeFactory.createURI("http://example.org/a"), NodeFactory.createURI("http://example.org/source"), shared);
    big.add(shared, NodeFactory.createURI("http://example.org/line"), NodeFactory.createLiteralString("3"));
    store.replaceGraph(G1, big);
    assertThat(store.size()).isEqualTo(12_002);
    assertIsomorphic(store.getGraph(G1), big);
  }

  @Test
  void aQueryTooLongForAUrlIsAnswered() {
    store.replaceGraphs(java.util.Map.of(G1, turtle("ex:a ex:p 1 ."), G2, turtle("ex:b ex:p 2 .")));
    List<String> names = new ArrayList<>(List.of(G1, G2));
    for (int i = 0; i < 300; i++) {
      names.add("http://example.org/graph/missing/" + i);
    }
    long found = store.query(GraphValues.restrict(QueryFactory.create("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), "g", names), 30_000,
        qe -> {
          long n = 0;
          for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
            n++;
          }
          return n;
        });
    assertThat(found).isEqualTo(2);
  }

  @Test
  void anUpdateWithBlankNodesInItsDataIsAccepted() {
    store.update(UpdateFactory.create(
        "INSERT DATA { GRAPH <" + G1 + "> { <http://example.org/a> <http://example.org/s> _:b . _:b <http://example.org/line> 3 } }"));
    assertIsomorphic(store.getGraph(G1), turtle("ex:a ex:s [ ex:line 3 ] ."));
  }

  @Test
  void anAnswerVirtuosoCutsShortIsAnErrorNotAShortAnswer() {
    Graph big = GraphFactory.createDefaultGraph();
    for (int i = 0; i <= RESULT_SET_MAX_ROWS; i++) {
      big.add(NodeFactory.createURI("http://example.org/s" + i), NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI("http://example.org/o"));
    }
    store.replaceGraph(G1, big);
    assertThat(store.size()).isEqualTo(RESULT_SET_MAX_ROWS + 1);
    assertThatThrownBy(() -> store.query(QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o }"), qe -> {
          var rs = qe.execSelect();
          rs.forEachRemaining(r -> {});
          return rs.getRowNumber();
        }))
        .isInstanceOf(QueryExecException.class)
        .hasMessageContaining("ResultSetMaxRows");
    assertThatThrownBy(() -> store.getGraph(G1)).hasMessageContaining("ResultSetMaxRows");
  }

  @Test
  void writesNeedTheLogin() {
    StoreConfig noLogin = StoreConfig.remote(virtuoso.queryEndpoint(), virtuoso.updateEndpoint(), virtuoso.graphStoreEndpoint())
        .withDialect(RemoteDialect.VIRTUOSO);
    try (GraphStore anonymous = GraphStores.open(noLogin)) {
      assertThatThrownBy(() -> anonymous.replaceGraph(G1, turtle("ex:a ex:p 1 ."))).isInstanceOf(HttpException.class);
    }
    assertThat(store.containsGraph(G1)).isFalse();
  }
}
