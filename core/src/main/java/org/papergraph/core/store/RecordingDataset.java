package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset a SPARQL update or an import writes through: each quad it really adds or deletes
 * is recorded in the write's {@link WriteChanges} before it reaches the dataset below.
 *
 * <p>Graph views, CLEAR, DROP and the graph-level operations reach the recording quad operations
 * ({@link QuadRoutedDataset}): Jena's update engine clears and copies graphs through graph views.
 */
final class RecordingDataset extends QuadRoutedDataset {
  private static final int DELETE_CHUNK = 10_000;
  private final WriteChanges changes;

  RecordingDataset(DatasetGraph dsg, WriteChanges changes) {
    super(dsg);
    this.changes = changes;
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
}
