package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset a SPARQL update or an import writes through: each quad it really adds or deletes
 * is recorded in the write's {@link WriteChanges} before it reaches the dataset below.
 *
 * <p>Graph views, CLEAR, DROP and the graph-level operations are routed through the recording
 * quad operations, which {@link DatasetGraphWrapper} alone would pass straight to the dataset
 * below: Jena's update engine clears and copies graphs through {@link #getGraph} views.
 */
final class RecordingDataset extends DatasetGraphWrapper {
  private static final int DELETE_CHUNK = 10_000;
  private final WriteChanges changes;

  RecordingDataset(DatasetGraph dsg, WriteChanges changes) {
    super(dsg);
    this.changes = changes;
  }

  @Override
  public void add(Quad quad) {
    add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    DatasetGraph below = getW();
    if (!below.contains(g, s, p, o)) {
      changes.added(g, Triple.create(s, p, o), below);
      below.add(g, s, p, o);
    }
  }

  @Override
  public void delete(Quad quad) {
    delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public void delete(Node g, Node s, Node p, Node o) {
    DatasetGraph below = getW();
    if (below.contains(g, s, p, o)) {
      changes.deleted(g, Triple.create(s, p, o), below);
      below.delete(g, s, p, o);
    }
  }

  /** Deletes in chunks, each found afresh, so a DROP ALL never holds the store in memory. */
  @Override
  public void deleteAny(Node g, Node s, Node p, Node o) {
    DatasetGraph below = getW();
    while (true) {
      List<Quad> chunk = new ArrayList<>(Math.min(DELETE_CHUNK, 1024));
      Iterator<Quad> it = below.find(g, s, p, o);
      while (it.hasNext() && chunk.size() < DELETE_CHUNK) {
        chunk.add(it.next());
      }
      if (chunk.isEmpty()) {
        return;
      }
      for (Quad q : chunk) {
        delete(q);
      }
    }
  }

  @Override
  public void clear() {
    deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
  }

  @Override
  public void removeGraph(Node graphName) {
    deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
  }

  @Override
  public void addGraph(Node graphName, Graph graph) {
    graph.find().forEachRemaining(t -> add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
  }

  @Override
  public Graph getDefaultGraph() {
    return GraphView.createDefaultGraph(this);
  }

  @Override
  public Graph getGraph(Node graphNode) {
    return GraphView.createNamedGraph(this, graphNode);
  }
}
