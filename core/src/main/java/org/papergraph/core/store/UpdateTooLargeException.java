package org.papergraph.core.store;

/** A SPARQL update that would insert or delete more quads than it may; it was rolled back whole. */
public class UpdateTooLargeException extends RuntimeException {
  private final long maxQuads;

  UpdateTooLargeException(long maxQuads) {
    super("the update inserts or deletes more than " + maxQuads + " quads and was stopped; nothing of it was written");
    this.maxQuads = maxQuads;
  }

  /** The limit it ran into. */
  public long maxQuads() {
    return maxQuads;
  }
}
