package org.papergraph.api.view;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A version number of the store's content that every write path bumps (ingest, SPARQL update,
 * graph uploads). Derived views are tagged with the version they were computed from, so a view
 * computed before a write is never served after it.
 */
@Component
public class StoreChanges {
  private final AtomicLong version = new AtomicLong();

  /** The current version; it only grows. */
  public long version() {
    return version.get();
  }

  /** Says that the store's content changed; call it after the write has committed. */
  public void changed() {
    version.incrementAndGet();
  }
}
