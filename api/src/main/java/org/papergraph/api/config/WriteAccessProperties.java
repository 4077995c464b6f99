package org.papergraph.api.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may change the graph through SPARQL Update and the Graph Store Protocol. With no token and
 * no key configured, every write is refused.
 *
 * @param bearerTokens tokens accepted in {@code Authorization: Bearer <token>} (default none)
 * @param apiKeys keys accepted in the {@code X-API-Key} header (default none)
 * @param readOnly refuse every write whatever the credentials (default false)
 */
@ConfigurationProperties("papergraph.security")
public record WriteAccessProperties(
    @DefaultValue List<String> bearerTokens,
    @DefaultValue List<String> apiKeys,
    @DefaultValue("false") boolean readOnly) {

  /** True when writes are possible at all: not read-only and some credential configured. */
  public boolean writesEnabled() {
    return !readOnly && (bearerTokens.stream().anyMatch(t -> !t.isBlank()) || apiKeys.stream().anyMatch(k -> !k.isBlank()));
  }
}
