package org.papergraph.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The linked-data pages at /id/...
 *
 * @param maxTriples the most triples one entity page shows; a larger description is cut and the
 *     page says so (default 2000)
 */
@ConfigurationProperties("papergraph.linked-data")
public record LinkedDataProperties(@DefaultValue("2000") int maxTriples) {}
