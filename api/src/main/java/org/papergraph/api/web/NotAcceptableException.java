package org.papergraph.api.web;

/** No offered format matches the request's Accept header. */
public class NotAcceptableException extends RuntimeException {
  public NotAcceptableException(String accept, String offered) {
    super("cannot produce any of '" + accept + "'; offered: " + offered);
  }
}
