package org.papergraph.api.web;

/**
 * A failure after the first bytes of a response were sent. No handler maps it: it reaches the
 * servlet container, which closes the connection without ending the response, so the client sees
 * a broken transfer instead of a well-formed but partial document. It deliberately has no cause,
 * so that the handlers for the original failure do not pick it up.
 */
public class ResponseAbortedException extends RuntimeException {
  public ResponseAbortedException(String message) {
    super(message, null, false, false);
  }
}
