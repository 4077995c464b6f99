package org.papergraph.api.seed;

import java.util.ArrayList;
import java.util.List;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.topic.TopicScheme;
import org.papergraph.ingest.extract.topic.TopicSchemeWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the topic schemes (CSO, Papers with Code methods) into their reference graphs when the
 * store lacks them, so that the topics papers are tagged with answer SPARQL too.
 */
@Component
@Order(-1)
class TopicSchemeLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(TopicSchemeLoader.class);

  private final GraphStore store;
  private final Iris iris;
  private final TopicReference topics;

  TopicSchemeLoader(GraphStore store, Iris iris, TopicReference topics) {
    this.store = store;
    this.iris = iris;
    this.topics = topics;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<TopicScheme> missing = new ArrayList<>();
    for (TopicScheme scheme : topics.schemes()) {
      if (!store.containsGraph(iris.referenceGraph(scheme.name()))) {
        missing.add(scheme);
      }
    }
    if (!missing.isEmpty()) {
      new TopicSchemeWriter(iris).load(store, missing);
      missing.forEach(s -> log.info("Topic scheme {} loaded into {} ({} concepts)", s.title(), iris.referenceGraph(s.name()), s.size()));
    }
  }
}
