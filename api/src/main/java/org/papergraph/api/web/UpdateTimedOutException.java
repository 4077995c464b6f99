package org.papergraph.api.web;

/** A SPARQL update stopped by its time limit and rolled back whole. */
public class UpdateTimedOutException extends RuntimeException {
  public UpdateTimedOutException(String message) {
    super(message);
  }
}
