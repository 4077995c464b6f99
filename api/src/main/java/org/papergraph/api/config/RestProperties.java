package org.papergraph.api.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The REST views under /api.
 *
 * @param queryTimeout how long one store query behind a view (a list, a profile, a count, the
 *     paper index build) may run before it is stopped; the request then gets 503 (default 30s)
 */
@ConfigurationProperties("papergraph.rest")
public record RestProperties(@DefaultValue("30s") Duration queryTimeout) {}
