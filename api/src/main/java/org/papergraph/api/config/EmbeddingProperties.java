package org.papergraph.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paper vectors for similar papers and semantic search, and what computing them in the
 * background may cost the server.
 *
 * @param enabled whether the server loads the model, embeds papers and serves the searches on
 *     vectors (default true)
 * @param backgroundCpuShare the share of one core the background embedding may take, more than 0
 *     and at most 1 (default 0.25): after each batch it rests three times as long as the batch took
 * @param pauseWhileServing whether the background embedding waits while requests are being
 *     answered, running its batches in the gaps between them (default true)
 * @param topicCheck whether each paper's topics are checked against its text once it has a
 *     vector (default true), by a second model (e5-small-v2, loaded only then): an assignment whose
 *     score and cosine with the paper together fall short is removed, the others get their cosine
 *     as {@code pg:semanticSimilarity}, and matches the tagger held back that the paper is about
 *     are admitted beside them
 */
@ConfigurationProperties("papergraph.embedding")
public record EmbeddingProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("0.25") double backgroundCpuShare,
    @DefaultValue("true") boolean pauseWhileServing,
    @DefaultValue("true") boolean topicCheck) {
  public EmbeddingProperties {
    if (!(backgroundCpuShare > 0 && backgroundCpuShare <= 1)) {
      throw new IllegalArgumentException("papergraph.embedding.background-cpu-share must be more than 0 and at most 1, not " + backgroundCpuShare);
    }
  }
}
