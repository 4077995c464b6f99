package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArxivTopicsTest {

  @Test
  void everyGroupArchiveAndCategoryIsATopicUnderTheOneItIsStatedInside() {
    TopicScheme arxiv = TestTopics.reference().arxiv();
    assertThat(arxiv.name()).isEqualTo("arxiv-topics");
    assertThat(arxiv.size()).isEqualTo(174);
    TopicConcept ai = arxiv.concept("arxiv-cs-ai");
    assertThat(ai.prefLabel()).isEqualTo("Artificial Intelligence (cs.AI)");
    assertThat(ai.altLabels()).containsExactly("cs.AI");
    assertThat(ai.broader()).containsExactly("arxiv-cs");
    assertThat(ai.sourceIri()).isEqualTo("https://arxiv.org/list/cs.AI");
    assertThat(arxiv.concept("arxiv-cs").broader()).containsExactly("arxiv-grp-cs");
    assertThat(arxiv.concept("arxiv-grp-cs").broader()).isEmpty();
    assertThat(arxiv.concept("arxiv-grp-cs").prefLabel()).isEqualTo("Computer Science (arXiv group)");
    assertThat(arxiv.concept("arxiv-cs-cl").altLabels()).contains("cs.CL", "cmp-lg");
    // Every broader concept is one of the scheme's.
    for (TopicConcept c : arxiv.concepts()) {
      assertThat(c.broader()).allSatisfy(b -> assertThat(arxiv.concept(b)).as(c.slug() + " under " + b).isNotNull());
    }
  }

  @Test
  void aRowWithoutANameIsRejectedWithItsLine() {
    String tsv = "# comment\ncs\tComputer Science\t\tgrp_cs\tarchive\tgrp_cs\t\t\ngrp_cs\t\t\t\tgroup\tgrp_cs\t\t\n";
    assertThatThrownBy(() -> ArxivTopics.load(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "taxonomy.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("taxonomy.tsv line 3: a row names its notation and its name");
  }
}
