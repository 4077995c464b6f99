package org.papergraph.api.graphstore;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.springframework.stereotype.Service;

/**
 * Whole-graph reads and writes for the Graph Store Protocol, each in one transaction. The default
 * graph ({@code ?default}) is {@link Iris#defaultGraph()}, the named graph SPARQL updates write
 * their default graph to, so what is written there is seen by queries.
 */
@Service
class GraphStoreService {
  private final GraphStore store;
  private final StoreChanges changes;
  private final Iris iris;

  GraphStoreService(GraphStore store, StoreChanges changes, Iris iris) {
    this.store = store;
    this.changes = changes;
    this.iris = iris;
  }

  /**
   * The graph, or empty when a named graph does not exist (the default graph always does) or is
   * one of the store's reserved graphs, which are not data (the feed serves the journal).
   */
  Optional<Graph> get(GraphTarget target) {
    if (!target.isDefault() && (Iris.isReserved(target.name()) || !store.containsGraph(target.name()))) {
      return Optional.empty();
    }
    return Optional.of(store.getGraph(storeName(target)));
  }

  /** Replaces the graph; true when it held triples before. */
  boolean replace(GraphTarget target, Graph content) {
    boolean existed = store.replaceGraph(storeName(target), content);
    changes.awaitViews();
    return existed;
  }

  /** Adds to the graph (RDF merge: blank nodes stay apart); true when it held triples before. */
  boolean merge(GraphTarget target, Graph content) {
    boolean existed = store.containsGraph(storeName(target));
    Node g = NodeFactory.createURI(storeName(target));
    QuadDataAcc quads = new QuadDataAcc();
    content.find().forEach(t -> quads.addQuad(Quad.create(g, t)));
    store.update(new UpdateRequest(new UpdateDataInsert(quads)));
    changes.awaitViews();
    return existed;
  }

  /** Drops the graph (the default graph: empties it); true when it held triples. */
  boolean delete(GraphTarget target) {
    boolean existed = !store.deleteGraphs(List.of(storeName(target))).isEmpty();
    changes.awaitViews();
    return existed || target.isDefault();
  }

  private String storeName(GraphTarget target) {
    return target.isDefault() ? iris.defaultGraph() : target.name();
  }
}
