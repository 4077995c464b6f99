package org.papergraph.api.config;

import java.io.IOException;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.topic.TopicTagger;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store and the naming scheme, shared by every feature. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  @Bean(destroyMethod = "close")
  GraphStore graphStore(StoreProperties props) {
    return GraphStores.open(new StoreConfig(props.kind(), props.location()));
  }

  @Bean
  Iris iris(GraphProperties props) {
    return new Iris(props.baseIri());
  }

  /** CSO and the Papers with Code methods, read once from the seeds on the class path. */
  @Bean
  TopicReference topicReference() throws IOException {
    return TopicReference.fromClasspath(StoreConfiguration.class.getClassLoader(), "seeds/");
  }

  @Bean
  TopicTagger topicTagger(TopicReference topics) {
    return new TopicTagger(topics);
  }

  @Bean
  PaperGraphMapper paperGraphMapper(Iris iris, TopicTagger tagger) {
    return new PaperGraphMapper(iris, tagger);
  }
}
