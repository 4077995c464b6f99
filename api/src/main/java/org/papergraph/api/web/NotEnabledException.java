package org.papergraph.api.web;

/** The request needs a feature this server has switched off by a setting (501). */
public class NotEnabledException extends RuntimeException {
  public NotEnabledException(String message) {
    super(message);
  }
}
