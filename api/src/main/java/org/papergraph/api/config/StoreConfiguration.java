package org.papergraph.api.config;

import java.io.IOException;
import org.papergraph.core.Iris;
import org.papergraph.core.store.AnnouncingStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.topic.TopicTagger;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.extract.venue.VenueResolver;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.papergraph.ingest.reference.ReferenceGraphs;
import org.papergraph.ingest.reference.SeedFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store, the naming scheme and the reference data, shared by every feature. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  /**
   * The one store of the service. Every write through it is announced, so views and caches
   * follow the store without each writer having to say that it wrote.
   */
  @Bean(destroyMethod = "close")
  AnnouncingStore graphStore(StoreProperties props) {
    return AnnouncingStore.of(GraphStores.open(
        new StoreConfig(
            props.kind(),
            props.location(),
            props.textIndexLocation(),
            props.queryEndpoint(),
            props.updateEndpoint(),
            props.graphStoreEndpoint())));
  }

  @Bean
  Iris iris(GraphProperties props) {
    return new Iris(props.baseIri());
  }

  @Bean
  SeedFiles seedFiles() {
    return SeedFiles.classpath(StoreConfiguration.class.getClassLoader());
  }

  /** The venue registries the jar carries under {@code seeds/reference}, read once. */
  @Bean
  VenueRegistry venueRegistry() {
    return VenueRegistry.fromClasspath();
  }

  @Bean
  VenueResolver venueResolver(VenueRegistry registry) {
    return new VenueResolver(registry);
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
  ReferenceGraphs referenceGraphs(SeedFiles seeds, Iris iris, VenueRegistry venues, TopicReference topics) {
    return new ReferenceGraphs(seeds, iris).withVenues(venues).withTopics(topics);
  }

  @Bean
  PaperGraphMapper paperGraphMapper(Iris iris, VenueResolver venues, TopicTagger tagger, ExtractionProperties extract) {
    return new PaperGraphMapper(iris, extract.venues() ? venues : null, extract.topics() ? tagger : null);
  }
}
