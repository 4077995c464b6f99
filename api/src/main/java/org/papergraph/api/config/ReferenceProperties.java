package org.papergraph.api.config;

import org.papergraph.ingest.run.IngestPipeline;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reference graphs (topic schemes, venue registry, arXiv taxonomy).
 *
 * @param enabled keep the reference graphs in the store at all (default true, the ingest
 *     pipeline's); off only for a store whose reference data comes from elsewhere
 * @param loadOnStart bring them up to date when the service starts (default true); the command
 *     line never does, it loads them only when it ingests, so that {@code restore} finds an empty
 *     store
 */
@ConfigurationProperties("papergraph.reference")
public record ReferenceProperties(
    @DefaultValue(IngestPipeline.REFERENCE_GRAPHS_ON_INGEST_DEFAULT) boolean enabled, @DefaultValue("true") boolean loadOnStart) {}
