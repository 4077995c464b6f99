package org.papergraph.core.feed;

/** A client's write to the change feed's journal graph, which only the server writes; nothing of the write was kept. */
public class ReservedGraphException extends RuntimeException {
  ReservedGraphException(String message) {
    super(message);
  }
}
