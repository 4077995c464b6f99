package org.papergraph.api.config;

import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store and the naming scheme, shared by every feature. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  @Bean(destroyMethod = "close")
  GraphStore graphStore(StoreProperties props) {
    return GraphStores.open(
        new StoreConfig(
            props.kind(),
            props.location(),
            props.textIndexLocation(),
            props.queryEndpoint(),
            props.updateEndpoint(),
            props.graphStoreEndpoint()));
  }

  @Bean
  Iris iris(GraphProperties props) {
    return new Iris(props.baseIri());
  }

  @Bean
  PaperGraphMapper paperGraphMapper(Iris iris) {
    return new PaperGraphMapper(iris);
  }
}
