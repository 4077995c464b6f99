package org.papergraph.core.store;

import org.apache.jena.query.QueryExecException;

/**
 * A SPARQL property function of Papergraph's was called with arguments it cannot take, or on a
 * store that does not have what it reads: the query's fault, not the server's. The message says
 * which function and what it needs.
 */
public class FunctionArgumentException extends QueryExecException {
  public FunctionArgumentException(String message) {
    super(message);
  }
}
