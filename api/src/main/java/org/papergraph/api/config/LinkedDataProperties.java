package org.papergraph.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The linked-data pages at /id/... and the dataset's VoID description.
 *
 * @param maxTriples the most triples one entity page shows; a larger description is cut and the
 *     page says so (default 2000)
 * @param backgroundVoidRefresh whether the stored VoID description is recomputed in the
 *     background after the store changes (default true); without, it is recomputed when asked
 *     for and out of date. The command line turns it off and recomputes once after an ingest.
 */
@ConfigurationProperties("papergraph.linked-data")
public record LinkedDataProperties(
    @DefaultValue("2000") int maxTriples,
    @DefaultValue("true") boolean backgroundVoidRefresh) {}
