package org.papergraph.core.store;

/** The storage backends a {@link GraphStore} can run on. */
public enum StoreKind {
  /** Jena TDB2 in a directory on disk: the default, durable. */
  TDB2,
  /** Jena TDB2 held in memory: same transactions as on disk, nothing kept after close. */
  MEMORY,
  /** Any SPARQL 1.1 Query, Update and Graph Store Protocol endpoint. */
  REMOTE
}
