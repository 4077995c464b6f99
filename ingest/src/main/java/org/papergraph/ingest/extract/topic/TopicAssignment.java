package org.papergraph.ingest.extract.topic;

import java.util.List;
import java.util.Objects;

/**
 * One topic given to a paper.
 *
 * @param concept the topic
 * @param scheme the name of the topic's scheme ({@code cso}, {@code pwc-methods})
 * @param score how strongly the text supports it, 0 to 1, three decimals
 * @param method how it was made
 * @param evidence the first mentions that support it (at most {@value TopicTagger#MAX_EVIDENCE}),
 *     in text order, title first (for a broader topic, those of the narrower topics it was added
 *     for); never empty for a match, empty for a paper's category as its topic ({@link TopicMethod#PRIMARY_CATEGORY})
 */
public record TopicAssignment(TopicConcept concept, String scheme, double score, TopicMethod method, List<TopicEvidence> evidence) {
  public TopicAssignment {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(method, "method");
    evidence = List.copyOf(evidence);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("a score lies between 0 and 1: " + score);
    }
  }

  public String slug() {
    return concept.slug();
  }

  public String label() {
    return concept.prefLabel();
  }
}
