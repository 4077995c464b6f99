package org.papergraph.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may write.
 *
 * @param writeToken the bearer token that write requests (ingest, SPARQL update) must carry
 *     (default none: every write is refused with 403, the store is read-only over HTTP)
 */
@ConfigurationProperties("papergraph.security")
public record SecurityProperties(String writeToken) {}
