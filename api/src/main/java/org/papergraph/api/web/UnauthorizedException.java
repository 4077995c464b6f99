package org.papergraph.api.web;

/** The request needs credentials that were missing or wrong (401). */
public class UnauthorizedException extends RuntimeException {
  public UnauthorizedException(String message) {
    super(message);
  }
}
