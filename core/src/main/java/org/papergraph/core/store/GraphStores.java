package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;

/** The one place where a backend is chosen and opened. */
public final class GraphStores {
  private GraphStores() {}

  /** Opens (creating if needed) a TDB2 database in {@code directory}, its text index beside it. */
  public static GraphStore tdb2(Path directory) {
    return open(StoreConfig.tdb2(directory));
  }

  /** A new empty store in memory, with the same transactions as TDB2 on disk. */
  public static GraphStore memory() {
    return open(StoreConfig.memory());
  }

  /** Opens the backend a configuration names. */
  public static GraphStore open(StoreConfig config) {
    return switch (config.kind()) {
      case TDB2 -> openTdb2(config.location(), config.textIndexLocation());
      case MEMORY ->
          new LocalDatasetStore(
              DatabaseMgr.createDatasetGraph(),
              TextIndexing.lucene(new ByteBuffersDirectory()),
              null,
              StoreKind.MEMORY);
      case REMOTE -> new RemoteSparqlStore(remoteLink(config));
    };
  }

  private static GraphStore openTdb2(Path location, Path textIndexLocation) {
    try {
      Files.createDirectories(location);
      Files.createDirectories(textIndexLocation);
      return new LocalDatasetStore(
          DatabaseMgr.connectDatasetGraph(location.toString()),
          TextIndexing.lucene(FSDirectory.open(textIndexLocation)),
          location.resolve(LocalDatasetStore.WRITE_MARKER),
          StoreKind.TDB2);
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the store in " + location + " (text index " + textIndexLocation + ")", e);
    }
  }

  private static RDFConnection remoteLink(StoreConfig config) {
    return RDFConnectionRemote.newBuilder()
        .queryEndpoint(config.queryEndpoint().toString())
        .updateEndpoint(config.updateEndpoint().toString())
        .gspEndpoint(config.graphStoreEndpoint().toString())
        .build();
  }
}
