package org.papergraph.api.web;

/** The request is understood but not allowed here, whoever sends it (403). */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
