package org.papergraph.ingest.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.venue.VenueRegistry;

/**
 * Every IRI in the reference graphs is a valid IRI: a remote store receives them as SPARQL
 * Update text, where one bad IRI (a registry's "NO DBLP" as a path) fails the whole request.
 */
class ReferenceGraphIrisTest {

  @Test
  void everyIriOfEveryReferenceGraphIsValid() throws Exception {
    Iris iris = Iris.defaults();
    ReferenceGraphs refs = new ReferenceGraphs(SeedFiles.directory(Path.of("../seeds")), iris)
        .withVenues(VenueRegistry.load(Path.of("../seeds/reference")))
        .withTopics(TopicReference.load(Path.of("../seeds")));
    try (GraphStore store = GraphStores.memory()) {
      List<String> names = refs.ensureLoaded(store);
      assertThat(names).hasSize(7);
      List<String> invalid = new ArrayList<>();
      for (String name : names) {
        Graph g = store.getGraph(name);
        g.find().forEach(t -> {
          for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
            if (n.isURI() && !valid(n.getURI())) {
              invalid.add(name + ": <" + n.getURI() + ">");
            }
          }
        });
      }
      assertThat(invalid).isEmpty();
    }
  }

  private static boolean valid(String iri) {
    try {
      return IRIx.create(iri).scheme() != null && iri.chars().noneMatch(c -> c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0);
    } catch (IRIException e) {
      return false;
    }
  }
}
