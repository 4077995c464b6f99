package org.papergraph.api.web;

/** What was asked for is not ready yet (answered with 503); asking again later may succeed. */
public class ServiceUnavailableException extends RuntimeException {
  public ServiceUnavailableException(String message) {
    super(message);
  }
}
