package org.papergraph.core.store;

/** The storage backends a {@link GraphStore} can run on. */
public enum StoreKind {
  /** Jena TDB2 in a directory on disk: the default, durable. */
  TDB2,
  /**
   * Jena TDB2 that keeps nothing after close: same transactions as on disk (it is TDB2 on disk, in
   * a temporary directory deleted at close; see {@link GraphStores#memory()}).
   */
  MEMORY,
  /** Any SPARQL 1.1 Query, Update and Graph Store Protocol endpoint. */
  REMOTE;

  /**
   * True when every write reaches the store through the process that opened it, so that data
   * derived from it stays exact until that process writes (see {@link AnnouncingStore}); false
   * for a remote endpoint, which other clients may write to without telling us.
   */
  public boolean writtenOnlyThroughThisProcess() {
    return this != REMOTE;
  }
}
