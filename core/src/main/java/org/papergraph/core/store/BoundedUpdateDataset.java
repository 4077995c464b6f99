package org.papergraph.core.store;

import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

/**
 * The dataset one SPARQL update writes through: it counts the quads the update inserts and
 * deletes and stops the update when there are too many, or when its time is up. Jena's own update
 * time limit covers only the WHERE clauses; the quads their bindings produce are written after
 * them, and without this an update could go on writing, and filling the heap of an in-memory
 * store, for as long as it likes.
 *
 * <p>Jena also holds every binding a WHERE clause finds before it writes anything: past
 * {@link #SPILL_THRESHOLD} of them (and past as many rows sorted or made distinct inside the WHERE
 * clause), they go to a temporary file instead of the heap, which the time limit keeps from
 * growing for long. Queries are left as they are.
 */
final class BoundedUpdateDataset extends DatasetGraphWrapper {
  /** Bindings an update keeps in memory before the rest goes to a temporary file. */
  static final long SPILL_THRESHOLD = 50_000;
  private final long maxQuads;
  private final long deadlineNanos;
  private long changed;

  /**
   * @param maxQuads the most quads the update may insert and delete together, or 0 for no limit
   * @param timeoutMillis the time the whole update may take from now, or 0 for no limit
   */
  BoundedUpdateDataset(DatasetGraph dsg, long maxQuads, long timeoutMillis) {
    super(dsg, spilling(dsg.getContext()));
    this.maxQuads = maxQuads;
    this.deadlineNanos = timeoutMillis > 0 ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis) : 0;
  }

  private static Context spilling(Context context) {
    Context copy = context.copy();
    copy.set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD);
    return copy;
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
