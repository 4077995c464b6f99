package org.papergraph.core.embed;

/**
 * Decides when each batch of an embedding pass may run, so that a pass in the background leaves
 * the cores to what is more urgent. A pass stopped between batches keeps what it committed; the
 * next pass goes on from there.
 */
public interface Pacer {
  /** Runs every batch at once, to the end. */
  Pacer FULL_SPEED = new Pacer() {
    @Override
    public boolean awaitTurn() {
      return true;
    }

    @Override
    public void ran(long nanos) {}
  };

  /**
   * Returns when the next batch may run: true to run it, false to stop the pass before it.
   * Interrupts do not end the wait early: they are kept for the caller to see afterwards.
   */
  boolean awaitTurn();

  /** Hears that a batch took {@code nanos} of wall-clock time. */
  void ran(long nanos);
}
