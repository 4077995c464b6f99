package org.papergraph.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the SPARQL endpoint and the graph store.
 *
 * @param queryTimeout how long one query may run before it is stopped and reported as timed out
 *     (default 30s); a client may ask for less with the {@code timeout} parameter, never more
 * @param updateTimeout how long one SPARQL update may run, its WHERE clauses and its writing, before
 *     it is stopped and rolled back (default 60s; 0 for no limit)
 * @param maxRequestBody the largest request body accepted by /sparql and /graph-store; larger
 *     ones get 413 (default 10MB)
 * @param resultCache how many bytes of serialized query results are kept until the store changes
 *     (default 64MB; 0 turns the cache off); never used for a remote store, which other clients
 *     may write to
 * @param updateMaxQuads how many quads one SPARQL update may insert and delete together before it
 *     is stopped and rolled back with 413 (default 1000000; 0 for no limit); local stores only
 */
@ConfigurationProperties("papergraph.sparql")
public record SparqlProperties(
    @DefaultValue("30s") Duration queryTimeout,
    @DefaultValue("60s") Duration updateTimeout,
    @DefaultValue("10MB") DataSize maxRequestBody,
    @DefaultValue("64MB") DataSize resultCache,
    @DefaultValue("1000000") long updateMaxQuads) {}
