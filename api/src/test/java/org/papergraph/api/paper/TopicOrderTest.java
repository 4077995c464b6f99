package org.papergraph.api.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A paper's topics as /api/papers/{id} lists them: the tagger's order, not the IRIs', where scores are equal. */
class TopicOrderTest {
  private static final String NS = "https://w3id.org/papergraph/ns#";

  @Test
  void equalScoresGoByBroaderLastThenMoreMentionsThenNamedFirstTitleFirst() {
    List<PaperView.TopicView> topics = new ArrayList<>(List.of(
        topic("a-broader", "0.7", NS + "CsoBroaderEnhancement", mention("LeadSentence", 0), mention("BodySentence", 90)),
        topic("b-once-late", "0.7", NS + "CsoLabelMatch", mention("LeadSentence", 300)),
        topic("c-once-early", "0.7", NS + "CsoLabelMatch", mention("LeadSentence", 10)),
        topic("d-in-title", "0.7", NS + "CsoLabelMatch", mention("TitleText", 40)),
        topic("e-twice", "0.7", NS + "CsoLabelMatch", mention("LeadSentence", 500), mention("BodySentence", 700)),
        topic("f-best", "0.9", NS + "CsoLabelMatch", mention("BodySentence", 900)),
        topic("g-unscored", null, null)));

    topics.sort(PaperService.BEST_FIRST);

    assertThat(topics).extracting(PaperView.TopicView::id)
        .containsExactly("f-best", "e-twice", "d-in-title", "c-once-early", "b-once-late", "a-broader", "g-unscored");
  }

  private static PaperView.TopicView topic(String id, String score, String method, PaperView.EvidenceView... evidence) {
    return new PaperView.TopicView(id, "http://example.org/id/topic/" + id, id, score == null ? null : new BigDecimal(score), method, null, null, List.of(evidence));
  }

  private static PaperView.EvidenceView mention(String position, int start) {
    return new PaperView.EvidenceView("words", NS + position, start, start + 5);
  }
}
