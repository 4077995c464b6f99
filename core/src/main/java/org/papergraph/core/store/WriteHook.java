package org.papergraph.core.store;

import java.util.function.Consumer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Sees every write to a store inside the write's own transaction, after the write has made its
 * changes and before it commits. What a hook derives from a write (the change feed's events, the
 * VoID statistics) therefore commits with the write or not at all: there is no change without its
 * derived data and no derived data without its change, even after the process is killed.
 *
 * <p>Hooks run on the writing thread while the store's single writer waits, so they should cost
 * in proportion to the change, not to the store.
 */
@FunctionalInterface
public interface WriteHook {

  /**
   * Called once for each write that changed at least one quad.
   *
   * @param changes what the write changed, graph by graph
   * @param dataset the store's dataset inside the write transaction: a hook reads the state after
   *     the write here, and may write its own quads here (they are neither recorded as changes nor
   *     full-text indexed); throwing aborts the whole write
   */
  void beforeCommit(WriteChanges changes, DatasetGraph dataset);

  /**
   * For a bulk load ({@link GraphStore#bulkLoad}), whose write keeps none of its quads for the
   * hooks ({@link GraphChange#quadsKnown()} false): a sink that sees each quad as it goes to the
   * loader, on the loading thread, before {@link #beforeCommit} is called for the load's write
   * ({@link WriteChanges#isBulkLoad()}). Called once at the start of each bulk load; null, the
   * default, for a hook that does not need the quads.
   */
  default Consumer<Quad> bulkLoadObserver() {
    return null;
  }
}
