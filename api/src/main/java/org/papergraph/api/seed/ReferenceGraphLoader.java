package org.papergraph.api.seed;

import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.ingest.map.VenueGraph;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the reference graphs the jar carries (the venue registry) at every start: they belong
 * to the software version, not to the store, so a newer jar replaces them whole.
 */
@Component
@Order(-1)
class ReferenceGraphLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(ReferenceGraphLoader.class);

  private final GraphStore store;
  private final Iris iris;
  private final VenueRegistry venues;

  ReferenceGraphLoader(GraphStore store, Iris iris, VenueRegistry venues) {
    this.store = store;
    this.iris = iris;
    this.venues = venues;
  }

  @Override
  public void run(ApplicationArguments args) {
    VenueGraph graph = new VenueGraph(iris);
    store.replaceGraph(graph.referenceGraphIri(), graph.registryGraph(venues));
    log.info("Reference graph {}: {} venue series", graph.referenceGraphIri(), venues.series().size());
  }
}
