package org.papergraph.core.store;

import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The dataset one SPARQL update writes through: it counts the quads the update inserts and
 * deletes and stops the update when there are too many, or when its time is up. Jena's own update
 * time limit covers only the WHERE clauses; the quads their bindings produce are written after
 * them, and without this an update could go on writing, and filling the heap of an in-memory
 * store, for as long as it likes.
 */
final class BoundedUpdateDataset extends DatasetGraphWrapper {
  private final long maxQuads;
  private final long deadlineNanos;
  private long changed;

  /**
   * @param maxQuads the most quads the update may insert and delete together, or 0 for no limit
   * @param timeoutMillis the time the whole update may take from now, or 0 for no limit
   */
  BoundedUpdateDataset(DatasetGraph dsg, long maxQuads, long timeoutMillis) {
    super(dsg, dsg.getContext());
    this.maxQuads = maxQuads;
    this.deadlineNanos = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
  }

  private void count() {
    changed++;
    if (maxQuads > 0 && changed > maxQuads) {
      throw new UpdateTooLargeException(maxQuads);
    }
    if (deadlineNanos != 0 && System.nanoTime() - deadlineNanos > 0) {
      throw new QueryCancelledException();
    }
  }

  @Override
  public void add(Quad quad) {
    count();
    super.add(quad);
  }

  @Override
  public void add(Node g, Node s, Node p, Node o) {
    count();
    super.add(g, s, p, o);
  }

  @Override
  public void delete(Quad quad) {
    count();
    super.delete(quad);
  }

  @Override
  public void delete(Node g, Node s, Node p, Node o) {
    count();
    super.delete(g, s, p, o);
  }
}
