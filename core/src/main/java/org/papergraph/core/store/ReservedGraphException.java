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
}
