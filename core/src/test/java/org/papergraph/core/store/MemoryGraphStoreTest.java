package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class MemoryGraphStoreTest extends GraphStoreContract {
  @Override
  GraphStore openEmptyStore() {
    return GraphStores.memory();
  }

  @Test
  void keepsNothingAfterClose() throws Exception {
    LocalDatasetStore store = (LocalDatasetStore) GraphStores.memory();
    Path dir = store.scratch();
    assertThat(dir).as("the store's TDB2 directory").isNotNull().isDirectory();
    Graph g = GraphFactory.createDefaultGraph();
    g.add(Triple.create(uri("http://example.org/s"), uri("http://example.org/p"), uri("http://example.org/o")));
    store.replaceGraph("http://example.org/g", g);
    try (var files = Files.list(dir)) {
      assertThat(files).isNotEmpty();
    }
    store.close();
    assertThat(dir).doesNotExist();
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
