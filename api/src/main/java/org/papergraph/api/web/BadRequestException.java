package org.papergraph.api.web;

/** The request is malformed; the message says what and where. */
public class BadRequestException extends RuntimeException {
  public BadRequestException(String message) {
    super(message);
  }
}
