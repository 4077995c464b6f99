package org.papergraph.api.config;

import java.io.IOException;
import org.papergraph.core.Iris;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.store.AnnouncingStore;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.ingest.reference.ReferenceGraphs;
import org.papergraph.ingest.run.IngestPipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The store, the naming scheme and the reference data, shared by every feature. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  /**
   * The one store of the service. Every write through it is announced, so views and caches
   * follow the store without each writer having to say that it wrote; on a local store every
   * write also journals its changes for the change feed, in its own transaction.
   */
  @Bean(destroyMethod = "close")
  AnnouncingStore graphStore(StoreConfig config, Iris iris) {
    GraphStore store = GraphStores.open(config);
    ChangeJournal.attach(store, iris);
    return AnnouncingStore.of(store);
  }

  /**
   * The store settings {@code papergraph.store.*}, bound to core's {@link StoreConfig} as it is:
   * its fields are the settings and its constructor gives the defaults. The command line binds
   * them the same way ({@link PapergraphSettings}).
   */
  @Bean
  StoreConfig storeConfig(Environment environment) {
    return PapergraphSettings.of(environment).store();
  }

  @Bean
  Iris iris(GraphProperties props) {
    return new Iris(props.baseIri());
  }

  /** The ingest, as {@link PapergraphSettings#ingestPipeline} builds it for the command line too. */
  @Bean
  IngestPipeline ingestPipeline(GraphStore store, Iris iris, ExtractionProperties extract, ReferenceProperties reference) throws IOException {
    return PapergraphSettings.ingestPipeline(store, iris, extract, reference);
  }

  @Bean
  ReferenceGraphs referenceGraphs(IngestPipeline pipeline) {
    return pipeline.referenceGraphs();
  }
}
