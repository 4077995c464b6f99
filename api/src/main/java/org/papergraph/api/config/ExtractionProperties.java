package org.papergraph.api.config;

import org.papergraph.ingest.run.IngestPipeline;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What ingest extracts from a record besides its own fields.
 *
 * @param venues resolve venue statements in comments to venue series and editions (default
 *     true, the ingest pipeline's)
 * @param topics tag papers with CSO and Papers with Code topics (default true, the ingest
 *     pipeline's)
 */
@ConfigurationProperties("papergraph.extract")
public record ExtractionProperties(
    @DefaultValue(IngestPipeline.EXTRACT_VENUES_DEFAULT) boolean venues,
    @DefaultValue(IngestPipeline.EXTRACT_TOPICS_DEFAULT) boolean topics) {}
