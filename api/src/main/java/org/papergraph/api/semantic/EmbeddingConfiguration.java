package org.papergraph.api.semantic;

import org.papergraph.api.config.EmbeddingProperties;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.ingest.run.IngestPipeline;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paper vectors of the store: kept beside a TDB2 store (in memory for the others), searched
 * by {@code /api/papers/{id}/similar}, {@code /api/search?mode=semantic|hybrid} and the SPARQL
 * functions {@code pg:similarTo} and {@code pg:semanticQuery}. {@code
 * papergraph.embedding.enabled=false} switches them off, with the model and the background
 * embedding: a large store's first pass costs hours of one core.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "papergraph.embedding.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddingConfiguration {
  @Bean(destroyMethod = "close")
  PaperEmbeddings paperEmbeddings(GraphStore store, StoreConfig config, IngestPipeline pipeline, EmbeddingProperties props) {
    PaperEmbedder embedder = PaperEmbedder.allMiniLm();
    // The topic check's own model is loaded only when the check is on.
    PaperEmbedder checkModel = props.topicCheck() ? PaperEmbedder.e5Small() : embedder;
    // The ingest's own tagger offers the matches it held back, for the topic check to admit.
    PaperEmbeddings embeddings = new PaperEmbeddings(store, embedder, VectorIndex.open(config, embedder.modelId()), pipeline.heldBackMatches(), checkModel);
    embeddings.serveQueriesOn(store);
    return embeddings;
  }

  /** Registered as a servlet filter: the background embedding waits for the requests it counts. */
  @Bean
  ServingActivity servingActivity() {
    return new ServingActivity();
  }
}
