package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write tells the nodes it brought into the store from those the store held before it. */
class NewNodesTest {
  private static final Node P = NodeFactory.createURI("http://example.org/p");
  private static final Node OLD = NodeFactory.createURI("http://example.org/old");
  private static final Node OLD_TEXT = NodeFactory.createLiteralString("written by the first write");
  private static final Node NEW = NodeFactory.createURI("http://example.org/new");
  private static final Node NEW_TEXT = NodeFactory.createLiteralString("written by the second write");

  @Test
  void onDisk(@TempDir Path dir) {
    try (GraphStore store = GraphStores.tdb2(dir.resolve("tdb2"))) {
      check(store);
    }
  }

  @Test
  void inMemory() {
    try (GraphStore store = GraphStores.memory()) {
      check(store);
    }
  }

  private static void check(GraphStore store) {
    store.replaceGraph("http://example.org/g1", graph(Triple.create(OLD, P, OLD_TEXT)));
    List<String> seen = new ArrayList<>();
    store.addWriteHook((changes, dataset) -> {
      for (Node n : List.of(OLD, OLD_TEXT, P, NEW, NEW_TEXT)) {
        seen.add(n + (changes.isNewToStore(n) ? " new" : " not new"));
      }
    });
    store.replaceGraph("http://example.org/g2", graph(Triple.create(NEW, P, NEW_TEXT), Triple.create(NEW, P, OLD)));

    assertThat(seen).containsExactly(OLD + " not new", OLD_TEXT + " not new", P + " not new", NEW + " new", NEW_TEXT + " new");
  }

  @Test
  void aNodeOfAnAbortedWriteIsNewAgainInTheNext() {
    try (GraphStore store = GraphStores.memory()) {
      store.replaceGraph("http://example.org/g1", graph(Triple.create(OLD, P, OLD_TEXT)));
      store.addWriteHook((changes, dataset) -> {
        if (changes.graphs().stream().anyMatch(c -> c.graph().endsWith("g2"))) {
          throw new IllegalStateException("abort");
        }
      });
      try {
        store.replaceGraph("http://example.org/g2", graph(Triple.create(NEW, P, NEW_TEXT)));
      } catch (IllegalStateException expected) {
        // The write is aborted with what it stored.
      }
      List<Boolean> isNew = new ArrayList<>();
      store.addWriteHook((changes, dataset) -> isNew.add(changes.isNewToStore(NEW_TEXT)));
      store.replaceGraph("http://example.org/g3", graph(Triple.create(NEW, P, NEW_TEXT)));
      assertThat(isNew).containsExactly(true);
    }
  }

  private static org.apache.jena.graph.Graph graph(Triple... triples) {
    org.apache.jena.graph.Graph g = GraphFactory.createDefaultGraph();
    for (Triple t : triples) {
      g.add(t);
    }
    return g;
  }
}
