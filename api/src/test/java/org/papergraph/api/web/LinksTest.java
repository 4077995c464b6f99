package org.papergraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;

class LinksTest {
  private final Links links = new Links(new EntityIds(Iris.defaults()));

  @Test
  void aPaperIsLabelledWithItsTitle() {
    Link link = links.paper("2301.00001", "Graph neural networks for lens design");
    assertThat(link.label()).isEqualTo("Graph neural networks for lens design");
    assertThat(link.id()).isEqualTo("2301.00001");
    assertThat(link.href()).isEqualTo("/api/papers/2301.00001");
  }

  @Test
  void aPaperWithoutATitleIsLabelledWithItsArxivIdAsTheUiShowsIt() {
    assertThat(links.paper("2301.00001", null).label()).isEqualTo("2301.00001");
    assertThat(links.paper("2301.00001", " ").label()).isEqualTo("2301.00001");
  }
}
