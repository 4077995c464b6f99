package org.papergraph.core.store;

/**
 * A write to a reserved graph ({@link org.papergraph.core.Iris#isReserved}) that the store's
 * bookkeeping does not allow, such as a client's write to the change feed's journal; nothing of
 * the write was kept.
 */
public class ReservedGraphException extends RuntimeException {
  public ReservedGraphException(String message) {
    super(message);
  }

  /**
   * The refusal of a graph named under {@link org.papergraph.core.Iris#RESERVED_PREFIX}, by a write
   * that {@code done} (written, loaded) nothing.
   */
  static ReservedGraphException reservedName(String graph, String done) {
    return new ReservedGraphException("graph <" + graph + "> is reserved: names under <" + org.papergraph.core.Iris.RESERVED_PREFIX
        + "> are kept for the store's bookkeeping and cannot be " + done + "; nothing was " + done);
  }
}
