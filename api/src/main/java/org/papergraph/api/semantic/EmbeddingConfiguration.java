package org.papergraph.api.semantic;

import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paper vectors of the store: kept beside a TDB2 store (in memory for the others), searched
 * by {@code /api/papers/{id}/similar}, {@code /api/search?mode=semantic|hybrid} and the SPARQL
 * functions {@code pg:similarTo} and {@code pg:semanticQuery}.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {
  @Bean(destroyMethod = "close")
  PaperEmbeddings paperEmbeddings(GraphStore store, StoreConfig config) {
    PaperEmbedder embedder = PaperEmbedder.allMiniLm();
    PaperEmbeddings embeddings = new PaperEmbeddings(store, embedder, VectorIndex.open(config, embedder.modelId()));
    embeddings.serveQueriesOn(store);
    return embeddings;
  }
}
