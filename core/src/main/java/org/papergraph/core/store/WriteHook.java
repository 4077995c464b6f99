package org.papergraph.core.store;

import org.apache.jena.sparql.core.DatasetGraph;

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
}
