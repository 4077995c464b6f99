package org.papergraph.core.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What store to open: the one description of the store settings, with their defaults. The
 * server binds it from {@code papergraph.store.*} as it is (kind, location, text-index-location,
 * query-endpoint, update-endpoint, graph-store-endpoint); the command line reads the same
 * settings.
 *
 * @param kind the backend (when null, {@link #DEFAULT_KIND})
 * @param location the TDB2 directory ({@link StoreKind#TDB2} only; when null,
 *     {@link #DEFAULT_LOCATION})
 * @param textIndexLocation the Lucene directory of the full-text index ({@link StoreKind#TDB2}
 *     only; when null, a directory named {@code <location>-lucene} beside the TDB2 directory)
 * @param queryEndpoint the SPARQL 1.1 Query endpoint ({@link StoreKind#REMOTE} only)
 * @param updateEndpoint the SPARQL 1.1 Update endpoint ({@link StoreKind#REMOTE} only)
 * @param graphStoreEndpoint the SPARQL 1.1 Graph Store Protocol endpoint ({@link StoreKind#REMOTE}
 *     only; not needed for {@link RemoteDialect#VIRTUOSO}, whose store reads graphs by query)
 * @param dialect what kind of server the endpoints belong to ({@link StoreKind#REMOTE} only; when
 *     null, {@link RemoteDialect#STANDARD})
 * @param username the user the server knows Papergraph as, answered to its Basic or Digest
 *     challenges ({@link StoreKind#REMOTE} only; null when the endpoints need no login)
 * @param password that user's password (given exactly when {@code username} is)
 * @param textSearch how the server answers full-text search ({@link StoreKind#REMOTE} only; when
 *     null, {@link RemoteTextSearch#SCAN}; {@link RemoteTextSearch#VIRTUOSO} needs {@link
 *     RemoteDialect#VIRTUOSO})
 */
public record StoreConfig(
    StoreKind kind,
    Path location,
    Path textIndexLocation,
    URI queryEndpoint,
    URI updateEndpoint,
    URI graphStoreEndpoint,
    RemoteDialect dialect,
    String username,
    String password,
    RemoteTextSearch textSearch) {
  /** The backend the server and the command line open when told none (a {@link StoreKind}, as configured). */
  public static final String DEFAULT_KIND = "tdb2";
  /** The TDB2 directory the server and the command line open when told none. */
  public static final String DEFAULT_LOCATION = "./data/tdb2";

  public StoreConfig {
    if (kind == null) {
      kind = StoreKind.valueOf(DEFAULT_KIND.toUpperCase(Locale.ROOT));
    }
    switch (kind) {
      case TDB2 -> {
        if (location == null) {
          location = Path.of(DEFAULT_LOCATION);
        }
        if (textIndexLocation == null) {
          textIndexLocation = location.resolveSibling(location.getFileName() + "-lucene");
        }
      }
      case REMOTE -> {
        if (dialect == null) {
          dialect = RemoteDialect.STANDARD;
        }
        requireHttp(queryEndpoint, "query endpoint");
        requireHttp(updateEndpoint, "update endpoint");
        if (dialect != RemoteDialect.VIRTUOSO || graphStoreEndpoint != null) {
          requireHttp(graphStoreEndpoint, "graph store endpoint");
        }
        if (textSearch == null) {
          textSearch = RemoteTextSearch.SCAN;
        }
        if (textSearch == RemoteTextSearch.VIRTUOSO && dialect != RemoteDialect.VIRTUOSO) {
          throw new IllegalArgumentException("text search 'virtuoso' (bif:contains) needs the dialect virtuoso, not " + dialect);
        }
        if ((username == null) != (password == null) || (username != null && username.isBlank())) {
          throw new IllegalArgumentException("a remote store's login needs both a user name and a password");
        }
      }
      case MEMORY -> {}
    }
  }

  /** A TDB2 store in {@code location}, its text index beside it. */
  public static StoreConfig tdb2(Path location) {
    return new StoreConfig(StoreKind.TDB2, location, null, null, null, null, null, null, null, null);
  }

  /** A TDB2 store in {@code location} with its text index in {@code textIndexLocation}. */
  public static StoreConfig tdb2(Path location, Path textIndexLocation) {
    return new StoreConfig(StoreKind.TDB2, location, textIndexLocation, null, null, null, null, null, null, null);
  }

  public static StoreConfig memory() {
    return new StoreConfig(StoreKind.MEMORY, null, null, null, null, null, null, null, null, null);
  }

  /** A remote SPARQL 1.1 store with its three endpoints. */
  public static StoreConfig remote(URI query, URI update, URI graphStore) {
    return new StoreConfig(StoreKind.REMOTE, null, null, query, update, graphStore, null, null, null, null);
  }

  /** This remote store on a server of the given kind. */
  public StoreConfig withDialect(RemoteDialect remoteDialect) {
    return new StoreConfig(kind, location, textIndexLocation, queryEndpoint, updateEndpoint, graphStoreEndpoint, remoteDialect, username, password, textSearch);
  }

  /** This remote store, logging in as {@code user}. */
  public StoreConfig withCredentials(String user, String secret) {
    return new StoreConfig(kind, location, textIndexLocation, queryEndpoint, updateEndpoint, graphStoreEndpoint, dialect, user, secret, textSearch);
  }

  /** This remote store, searching text as {@code search} says. */
  public StoreConfig withTextSearch(RemoteTextSearch search) {
    return new StoreConfig(kind, location, textIndexLocation, queryEndpoint, updateEndpoint, graphStoreEndpoint, dialect, username, password, search);
  }

  /** Says whether there is a password, never what it is. */
  @Override
  public String toString() {
    return "StoreConfig[kind=" + kind + ", location=" + location + ", textIndexLocation=" + textIndexLocation
        + ", queryEndpoint=" + queryEndpoint + ", updateEndpoint=" + updateEndpoint
        + ", graphStoreEndpoint=" + graphStoreEndpoint + ", dialect=" + dialect + ", username=" + username
        + ", password=" + (password == null ? "none" : "(hidden)") + ", textSearch=" + textSearch + "]";
  }

  private static void requireHttp(URI uri, String what) {
    if (uri == null) {
      throw new IllegalArgumentException("a remote store needs its " + what);
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException("the " + what + " must be an http(s) URL with a host: " + uri);
    }
  }
}
