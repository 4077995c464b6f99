package org.papergraph.api.config;

import java.nio.file.Path;
import org.papergraph.core.store.StoreKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph is kept.
 *
 * @param kind the backend: tdb2 (on disk), memory, or remote (default tdb2)
 * @param location the TDB2 directory (default ./data/tdb2)
 */
@ConfigurationProperties("papergraph.store")
public record StoreProperties(
    @DefaultValue("tdb2") StoreKind kind,
    @DefaultValue("./data/tdb2") Path location) {}
