package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.rdfconnection.RDFConnectionRemoteBuilder;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
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
      case REMOTE -> openRemote(config);
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

  private static GraphStore openRemote(StoreConfig config) {
    boolean virtuoso = config.dialect() == RemoteDialect.VIRTUOSO;
    RemoteHttpClient http = new RemoteHttpClient(HttpEnv.getDftHttpClient(), config.username(), config.password(), virtuoso);
    RDFConnectionRemoteBuilder link = RDFConnectionRemote.newBuilder()
        .queryEndpoint(config.queryEndpoint().toString())
        .updateEndpoint(config.updateEndpoint().toString())
        .httpClient(http);
    if (config.graphStoreEndpoint() != null) {
      link.gspEndpoint(config.graphStoreEndpoint().toString());
    }
    if (virtuoso) {
      // Virtuoso writes xsd:boolean true as "1" in JSON results, as "true" in XML. A long query
      // goes as a form: to one POSTed as application/sparql-query Virtuoso sends its answer but
      // never ends the response.
      link.acceptHeaderSelectQuery("application/sparql-results+xml")
          .acceptHeaderAskQuery(RemoteHttpClient.ASK_ACCEPT)
          .querySendMode(QuerySendMode.asGetWithLimitForm);
    }
    // Virtuoso's text search (OPTION (score ?sc)) is not SPARQL: sent as written, unparsed.
    RemoteSparqlStore.RawSelect raw = (queryString, timeoutMillis) -> {
      QueryExecutionHTTPBuilder b = QueryExecutionHTTP.service(config.queryEndpoint().toString())
          .httpClient(http)
          .queryString(queryString)
          .acceptHeaderSelectQuery("application/sparql-results+xml")
          .sendMode(QuerySendMode.asGetWithLimitForm);
      if (timeoutMillis > 0) {
        b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
      }
      return b.build();
    };
    return new RemoteSparqlStore(link.build(), config.dialect(), config.textSearch(), raw);
  }
}
