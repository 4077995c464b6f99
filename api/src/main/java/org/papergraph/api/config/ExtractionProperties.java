package org.papergraph.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What ingest extracts from a record besides its own fields.
 *
 * @param venues resolve venue statements in comments to venue series and editions (default true)
 * @param topics tag papers with CSO and Papers with Code topics (default true)
 */
@ConfigurationProperties("papergraph.extract")
public record ExtractionProperties(@DefaultValue("true") boolean venues, @DefaultValue("true") boolean topics) {}
