package org.papergraph.api.config;

import java.net.URI;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The change feed at /changes.
 *
 * @param pageSize the events on one page of the feed (default 100); pages are addressed by the
 *     sequence number they start at, so changing it changes every page's address
 * @param latestRelease the address of the latest release's DCAT description ({@code dcat.ttl}
 *     where the operator publishes the directory {@code papergraph release} wrote); the VoID and
 *     the service descriptions link to it. Default empty: the server knows no release and links
 *     none.
 */
@ConfigurationProperties("papergraph.feed")
public record FeedProperties(@DefaultValue("100") int pageSize, @DefaultValue("") String latestRelease) {
  public FeedProperties {
    if (pageSize < 1 || pageSize > 10_000) {
      throw new IllegalArgumentException("papergraph.feed.page-size must be between 1 and 10000, not " + pageSize);
    }
    if (latestRelease != null && !latestRelease.isBlank()) {
      URI u = URI.create(latestRelease.strip());
      if (!u.isAbsolute() || !(u.getScheme().equals("http") || u.getScheme().equals("https"))) {
        throw new IllegalArgumentException("papergraph.feed.latest-release must be an absolute http(s) URL, not " + latestRelease);
      }
    }
  }

  /** The latest release's address, when one is configured. */
  public Optional<String> latestReleaseUrl() {
    return latestRelease == null || latestRelease.isBlank() ? Optional.empty() : Optional.of(latestRelease.strip());
  }
}
