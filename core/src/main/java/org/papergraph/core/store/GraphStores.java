package org.papergraph.core.store;

import java.nio.file.Path;
import org.apache.jena.tdb2.DatabaseMgr;

/** The one place where a backend is chosen and opened. */
public final class GraphStores {
  private GraphStores() {}

  /** Opens (creating if needed) a TDB2 database in {@code directory}. */
  public static GraphStore tdb2(Path directory) {
    return new LocalDatasetStore(DatabaseMgr.connectDatasetGraph(directory.toString()), StoreKind.TDB2);
  }

  /** A new empty store in memory, with the same transactions as TDB2 on disk. */
  public static GraphStore memory() {
    return new LocalDatasetStore(DatabaseMgr.createDatasetGraph(), StoreKind.MEMORY);
  }

  /** Opens the backend a configuration names. */
  public static GraphStore open(StoreConfig config) {
    return switch (config.kind()) {
      case TDB2 -> tdb2(config.location());
      case MEMORY -> memory();
      case REMOTE -> throw new UnsupportedOperationException("the remote SPARQL backend is not built yet");
    };
  }
}
