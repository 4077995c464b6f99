package org.papergraph.api.config;

import java.time.Duration;
import org.papergraph.core.store.StoreConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the server adds to the store settings under {@code papergraph.store}. Which store to open
 * (kind, location, text-index-location and the remote endpoints) is {@link StoreConfig}, bound
 * from the same prefix by {@link StoreConfiguration}, so that its fields and defaults are written
 * once, in core, for the server and the command line alike.
 *
 * @param remoteViewMaxAge remote only: how long the REST views (paper index, facets, counts) are
 *     served before they are computed again, since other clients may write to a remote store
 *     without the api hearing of it (default 10s)
 */
@ConfigurationProperties("papergraph.store")
public record StoreProperties(@DefaultValue("10s") Duration remoteViewMaxAge) {}
