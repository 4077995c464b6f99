package org.papergraph.core.store;

/**
 * How a {@link StoreKind#REMOTE} store answers {@link GraphStore#searchText}: SPARQL 1.1 has no
 * text search, so the server's own index is used where the server is said to have one.
 */
public enum RemoteTextSearch {
  /** Every indexed literal tested with {@code CONTAINS} for each word: any server, no index, slow. */
  SCAN,
  /**
   * OpenLink Virtuoso's free-text index through {@code bif:contains}: needs {@link
   * RemoteDialect#VIRTUOSO} and the index rules of the README's setup script. Virtuoso refreshes
   * the index in batches, so a literal written since the last batch is not found yet.
   */
  VIRTUOSO,
  /**
   * Fuseki with a jena-text (Lucene) index over the same literals, through {@code text:query}:
   * the dataset configured as the README's Fuseki text example says.
   */
  JENA_TEXT
}
