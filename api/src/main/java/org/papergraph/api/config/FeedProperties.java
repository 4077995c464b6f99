package org.papergraph.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The change feed at /changes.
 *
 * @param pageSize the events on one page of the feed (default 100); pages are addressed by the
 *     sequence number they start at, so changing it changes every page's address
 */
@ConfigurationProperties("papergraph.feed")
public record FeedProperties(@DefaultValue("100") int pageSize) {
  public FeedProperties {
    if (pageSize < 1 || pageSize > 10_000) {
      throw new IllegalArgumentException("papergraph.feed.page-size must be between 1 and 10000, not " + pageSize);
    }
  }
}
