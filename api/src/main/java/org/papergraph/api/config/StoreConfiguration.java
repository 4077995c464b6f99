package org.papergraph.api.config;

import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.extract.venue.VenueResolver;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.papergraph.ingest.reference.ReferenceGraphs;
import org.papergraph.ingest.reference.SeedFiles;
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
  SeedFiles seedFiles() {
    return SeedFiles.classpath(StoreConfiguration.class.getClassLoader());
  }

  @Bean
  ReferenceGraphs referenceGraphs(SeedFiles seeds, Iris iris, VenueRegistry venues) {
    return new ReferenceGraphs(seeds, iris).withVenues(venues);
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

  @Bean
  PaperGraphMapper paperGraphMapper(Iris iris, VenueResolver venueResolver) {
    return new PaperGraphMapper(iris, venueResolver);
  }
}
