package org.papergraph.api.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access to /sparql, the graph store and the linked-data pages from browsers.
 *
 * @param allowedOrigins origins allowed to call, e.g. https://example.org or * (default none:
 *     CORS off)
 * @param allowedMethods HTTP methods allowed across origins (default GET, HEAD, POST)
 * @param maxAge how long a browser may cache a preflight answer (default 30m)
 */
@ConfigurationProperties("papergraph.cors")
public record CorsProperties(
    @DefaultValue List<String> allowedOrigins,
    @DefaultValue({"GET", "HEAD", "POST"}) List<String> allowedMethods,
    @DefaultValue("30m") Duration maxAge) {}
