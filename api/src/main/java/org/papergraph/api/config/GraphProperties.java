package org.papergraph.api.config;

import org.papergraph.core.Iris;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How entities are named.
 *
 * @param baseIri the base under which entity and graph IRIs are minted (default
 *     http://localhost:8080/); set it to the public address so that IRIs dereference
 */
@ConfigurationProperties("papergraph.graph")
public record GraphProperties(@DefaultValue(Iris.DEFAULT_BASE) String baseIri) {}
