package org.papergraph.core.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset wrapper whose graph views and graph-level operations (CLEAR, DROP, ADD, the graphs
 * Jena's update engine clears and copies) all go through its own quad operations, which
 * {@link DatasetGraphWrapper} alone would pass straight to the dataset below.
 */
abstract class QuadRoutedDataset extends DatasetGraphWrapper {
  QuadRoutedDataset(DatasetGraph below) {
    super(below);
  }

  @Override
  public abstract void add(Node g, Node s, Node p, Node o);

  @Override
  public abstract void delete(Node g, Node s, Node p, Node o);

  @Override
  public abstract void deleteAny(Node g, Node s, Node p, Node o);

  @Override
  public void add(Quad quad) {
    add(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
  }

  @Override
  public void delete(Quad quad) {
    delete(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
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
