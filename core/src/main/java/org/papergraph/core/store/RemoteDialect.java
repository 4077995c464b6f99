package org.papergraph.core.store;

/**
 * What kind of SPARQL server a {@link StoreKind#REMOTE} store talks to, where servers depart from
 * the standard in ways the store has to work around.
 */
public enum RemoteDialect {
  /**
   * A server that follows SPARQL 1.1 Query, Update and the Graph Store Protocol as written and
   * presents the union of the named graphs as the default graph (Fuseki with {@code
   * tdb2:unionDefaultGraph true}, GraphDB, Neptune).
   */
  STANDARD,
  /**
   * OpenLink Virtuoso 7: its default graph is already the union of all graphs, but it keeps graphs
   * of its own beside the store's, refuses blank nodes in INSERT DATA and long data blocks, and
   * cuts every answer at its {@code ResultSetMaxRows}; see {@link RemoteSparqlStore}.
   */
  VIRTUOSO
}
