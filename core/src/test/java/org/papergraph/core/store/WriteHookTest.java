package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Write hooks see exactly what each write changed, inside its transaction: the net triples added
 * and deleted per graph, whatever way the write took (replace, delete, SPARQL update, import).
 */
class WriteHookTest {
  static final String G1 = "http://example.org/graph/1";
  static final String G2 = "http://example.org/graph/2";
  static final String HOOKS = "http://example.org/graph/hooks";

  @TempDir Path dir;

  final List<WriteChanges> seen = new ArrayList<>();

  private GraphStore open(String kind) {
    GraphStore store = kind.equals("tdb2") ? GraphStores.tdb2(dir.resolve("tdb2")) : GraphStores.memory();
    assertThat(store.addWriteHook((changes, dataset) -> seen.add(changes))).isTrue();
    return store;
  }

  private static void update(GraphStore store, String sparql) {
    store.update(UpdateFactory.create(TestGraphs.PREFIXES + sparql));
  }

  private GraphChange onlyChange() {
    assertThat(seen).isNotEmpty();
    List<GraphChange> graphs = seen.get(seen.size() - 1).graphs();
    assertThat(graphs).hasSize(1);
    return graphs.get(0);
  }

  private static List<Triple> triples(String turtle) {
    return turtle(turtle).find().toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2"})
  void replacingAGraphRecordsItsCreationThenTheNetDifference(String kind) {
    try (GraphStore store = open(kind)) {
      store.replaceGraph(G1, turtle("ex:a ex:p 1 . ex:a ex:p 2 ."));
      GraphChange created = onlyChange();
      assertThat(created.kind()).isEqualTo(GraphChange.Kind.CREATE);
      assertThat(created.added()).containsExactlyInAnyOrderElementsOf(triples("ex:a ex:p 1 . ex:a ex:p 2 ."));
      assertThat(created.deleted()).isEmpty();

      store.replaceGraph(G1, turtle("ex:a ex:p 2 . ex:a ex:p 3 ."));
      GraphChange updated = onlyChange();
      assertThat(updated.kind()).isEqualTo(GraphChange.Kind.UPDATE);
      assertThat(updated.added()).containsExactlyElementsOf(triples("ex:a ex:p 3 ."));
      assertThat(updated.deleted()).containsExactlyElementsOf(triples("ex:a ex:p 1 ."));

      store.replaceGraph(G1, turtle("ex:a ex:p 3 . ex:a ex:p 2 ."));
      assertThat(seen).as("the same content again changes nothing").hasSize(2);

      store.replaceGraph(G1, turtle(""));
      assertThat(onlyChange().kind()).isEqualTo(GraphChange.Kind.DELETE);
      assertThat(store.containsGraph(G1)).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2"})
  void deletingGraphsRecordsTheirTriples(String kind) {
    try (GraphStore store = open(kind)) {
      store.replaceGraphs(Map.of(G1, turtle("ex:a ex:p 1 ."), G2, turtle("ex:b ex:p 2 .")));
      assertThat(seen.get(0).graphNames()).containsExactlyInAnyOrder(G1, G2);
      store.deleteGraphs(List.of(G1, "http://example.org/graph/none"));
      GraphChange deleted = onlyChange();
      assertThat(deleted.graph()).isEqualTo(G1);
      assertThat(deleted.kind()).isEqualTo(GraphChange.Kind.DELETE);
      assertThat(deleted.deleted()).containsExactlyElementsOf(triples("ex:a ex:p 1 ."));
      store.deleteGraphs(List.of(G1));
      assertThat(seen).hasSize(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2"})
  void sparqlUpdatesRecordOnlyWhatReallyChanged(String kind) {
    try (GraphStore store = open(kind)) {
      update(store, "INSERT DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 . ex:a ex:p 2 } }");
      assertThat(onlyChange().added()).hasSize(2);
      update(store, "INSERT DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 } }");
      update(store, "DELETE DATA { GRAPH <" + G2 + "> { ex:a ex:p 1 } }");
      assertThat(seen).as("inserting what is there and deleting what is not change nothing").hasSize(1);

      update(store, "DELETE DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 } } ; INSERT DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 } }");
      assertThat(seen).as("deleted and added back in one request").hasSize(1);

      update(store, "COPY GRAPH <" + G1 + "> TO GRAPH <" + G2 + ">");
      GraphChange copied = onlyChange();
      assertThat(copied.graph()).isEqualTo(G2);
      assertThat(copied.kind()).isEqualTo(GraphChange.Kind.CREATE);
      assertThat(copied.added()).containsExactlyInAnyOrderElementsOf(triples("ex:a ex:p 1 . ex:a ex:p 2 ."));

      update(store, "CLEAR GRAPH <" + G2 + ">");
      assertThat(onlyChange().deleted()).hasSize(2);
      assertThat(onlyChange().kind()).isEqualTo(GraphChange.Kind.DELETE);

      update(store, "MOVE GRAPH <" + G1 + "> TO GRAPH <" + G2 + ">");
      List<GraphChange> moved = seen.get(seen.size() - 1).graphs();
      assertThat(moved).extracting(GraphChange::graph).containsExactlyInAnyOrder(G1, G2);

      update(store, "DROP ALL");
      assertThat(onlyChange().graph()).isEqualTo(G2);
      assertThat(store.listGraphs()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2"})
  void importedQuadsAreRecorded(String kind) {
    try (GraphStore store = open(kind)) {
      Node g = NodeFactory.createURI(G2);
      store.importQuads(sink -> triples("ex:a ex:p 1 . ex:b ex:p 2 .").forEach(t -> sink.quad(Quad.create(g, t))));
      assertThat(onlyChange().added()).hasSize(2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "tdb2"})
  void whatAHookWritesCommitsWithTheWriteAndAHookThatFailsAbortsIt(String kind) {
    try (GraphStore store = open(kind)) {
      Node hooks = NodeFactory.createURI(HOOKS);
      store.addWriteHook((changes, dataset) -> {
        for (GraphChange c : changes.graphs()) {
          Node subject = NodeFactory.createURI(c.graph());
          Node kindNode = NodeFactory.createLiteralString(c.kind().name());
          dataset.add(hooks, subject, NodeFactory.createURI("http://example.org/kind"), kindNode);
          if (c.graph().equals(G2)) {
            throw new IllegalStateException("refused by a hook");
          }
        }
      });
      store.replaceGraph(G1, turtle("ex:a ex:p 1 ."));
      Graph written = store.getGraph(HOOKS);
      assertThat(written.size()).isEqualTo(1);
      assertThat(seen).as("the hook's own write is not a change").hasSize(1);

      assertThatThrownBy(() -> store.replaceGraph(G2, turtle("ex:b ex:p 1 ."))).hasMessageContaining("refused by a hook");
      assertThat(store.containsGraph(G2)).isFalse();
      assertThat(store.getGraph(HOOKS).size()).isEqualTo(1);
    }
  }

  @org.junit.jupiter.api.Test
  void aWriteTooLargeToKeepItsTriplesStillSaysWhichGraphsChanged() {
    var dataset = DatasetGraphFactory.createTxnMem();
    dataset.begin(org.apache.jena.query.TxnType.WRITE);
    try {
      WriteChanges changes = new WriteChanges(3);
      RecordingDataset recording = new RecordingDataset(dataset, changes);
      Node g1 = NodeFactory.createURI(G1);
      Node g2 = NodeFactory.createURI(G2);
      triples("ex:a ex:p 1 . ex:a ex:p 2 . ex:a ex:p 3 .").forEach(t -> recording.add(Quad.create(g1, t)));
      triples("ex:a ex:p 4 . ex:a ex:p 5 .").forEach(t -> recording.add(Quad.create(g2, t)));
      changes.finish(dataset);
      assertThat(changes.graphNames()).containsExactly(G1, G2);
      assertThat(changes.graphs()).allSatisfy(c -> {
        assertThat(c.quadsKnown()).isFalse();
        assertThat(c.added()).isEmpty();
        assertThat(c.kind()).isEqualTo(GraphChange.Kind.CREATE);
      });
    } finally {
      dataset.abort();
    }
  }
}
