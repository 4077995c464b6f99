package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TermsTest {
  @Test
  void wordsAreLowerCaseAndDistinct() {
    assertThat(Terms.of("Graph  graph, NEURAL-nets").words()).containsExactly("graph", "neural", "nets");
    assertThat(Terms.of(" -- ").isEmpty()).isTrue();
  }

  @Test
  void everyWordMustOccurSomewhere() {
    Terms t = Terms.of("quantum graph");
    assertThat(t.allIn("Quantum circuits", "on a graph")).isTrue();
    assertThat(t.allIn("Quantum circuits", null)).isFalse();
    assertThat(t.occurrences("graph of graphs, quantum")).isEqualTo(3);
  }

  @Test
  void aPrefixCompletesATextOrOneOfItsWords() {
    String[] c = Terms.completions(Arrays.asList("Graph Neural Networks", null, "GNN"));
    assertThat(Terms.completes(c, "graph n")).isTrue();
    assertThat(Terms.completes(c, "neu")).isTrue();
    assertThat(Terms.completes(c, "gnn")).isTrue();
    assertThat(Terms.completes(c, "eural")).isFalse();
    assertThat(Terms.completes(c, "neural n")).isFalse();
  }
}
