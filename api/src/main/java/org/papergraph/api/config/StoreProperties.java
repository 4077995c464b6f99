package org.papergraph.api.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.papergraph.core.store.RemoteDialect;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph is kept. The defaults are {@link StoreConfig}'s, which the command line uses too.
 *
 * @param kind the backend: tdb2 (on disk), memory, or remote (default tdb2)
 * @param location the TDB2 directory (default ./data/tdb2)
 * @param textIndexLocation the Lucene directory of the full-text index (default: beside the TDB2
 *     directory, named after it with "-lucene", so that two stores never share one index)
 * @param queryEndpoint remote only: the SPARQL 1.1 Query endpoint URL (no default)
 * @param updateEndpoint remote only: the SPARQL 1.1 Update endpoint URL (no default)
 * @param graphStoreEndpoint remote only: the SPARQL 1.1 Graph Store Protocol endpoint URL (no
 *     default; not needed with the virtuoso dialect)
 * @param remoteViewMaxAge remote only: how long the REST views (paper index, facets, counts) are
 *     served before they are computed again, since other clients may write to a remote store
 *     without the api hearing of it (default 10s)
 * @param dialect remote only: standard or virtuoso (default standard)
 * @param username remote only: the user to log in as when the server asks (no default)
 * @param password remote only: that user's password (no default)
 */
@ConfigurationProperties("papergraph.store")
public record StoreProperties(
    @DefaultValue(StoreConfig.DEFAULT_KIND) StoreKind kind,
    @DefaultValue(StoreConfig.DEFAULT_LOCATION) Path location,
    Path textIndexLocation,
    URI queryEndpoint,
    URI updateEndpoint,
    URI graphStoreEndpoint,
    @DefaultValue("10s") Duration remoteViewMaxAge,
    @DefaultValue("standard") RemoteDialect dialect,
    String username,
    String password) {}
