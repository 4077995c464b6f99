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
  void aPrefixCompletesATextOrOneOfItsWords() {
    String[] c = Terms.completions(Arrays.asList("Graph Neural Networks", null, "GNN"));
    assertThat(Terms.completes(c, "graph n")).isTrue();
    assertThat(Terms.completes(c, "neu")).isTrue();
    assertThat(Terms.completes(c, "gnn")).isTrue();
    assertThat(Terms.completes(c, "eural")).isFalse();
    assertThat(Terms.completes(c, "neural n")).isFalse();
  }
}
