package org.papergraph.api.web;

/** The request body's media type or charset cannot be read here (415). */
public class UnsupportedMediaTypeException extends RuntimeException {
  public UnsupportedMediaTypeException(String message) {
    super(message);
  }
}
