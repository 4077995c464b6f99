package org.papergraph.api.web;

/** The request body's Content-Type is not one the endpoint reads. */
public class UnsupportedMediaTypeException extends RuntimeException {
  public UnsupportedMediaTypeException(String message) {
    super(message);
  }
}
