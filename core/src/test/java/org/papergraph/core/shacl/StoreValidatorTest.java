package org.papergraph.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.junit.jupiter.api.Test;

class StoreValidatorTest {
  @Test
  void reportsEachFailingGraphWithItsViolations() {
    Graph good = RecordValidatorTest.goodPaper();
    Graph bad = RecordValidatorTest.goodPaper();
    bad.remove(Node.ANY, NodeFactory.createURI("http://purl.org/dc/terms/abstract"), Node.ANY);
    try (GraphStore store = GraphStores.memory()) {
      store.replaceGraphs(Map.of("http://localhost:8080/graph/paper/good", good, "http://localhost:8080/graph/paper/bad", bad));
      StoreValidator.Report report = new StoreValidator(store).validate();
      assertThat(report.conforms()).isFalse();
      assertThat(report.graphsChecked()).isEqualTo(2);
      assertThat(report.failingGraphs()).containsExactly("http://localhost:8080/graph/paper/bad");
      assertThat(report.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("dcterms:abstract"));
      assertThat(report.toText())
          .startsWith("2 graphs checked, 1 conform, 1 with violations (1 violations)")
          .contains("in <http://localhost:8080/graph/paper/bad> <http://localhost:8080/id/paper/2211.08332> dcterms:abstract: a paper needs a non-empty abstract");

      store.deleteGraphs(report.failingGraphs());
      assertThat(new StoreValidator(store).validate().conforms()).isTrue();
    }
  }
}
