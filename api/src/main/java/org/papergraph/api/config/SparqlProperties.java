package org.papergraph.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the SPARQL endpoint.
 *
 * @param queryTimeout how long one query may run before it is stopped and reported as timed out
 *     (default 30s)
 */
@ConfigurationProperties("papergraph.sparql")
public record SparqlProperties(@DefaultValue("30s") Duration queryTimeout) {}
