package org.papergraph.api.view;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Computed views (paper index, co-occurrence, profiles, facets) kept until the store changes.
 *
 * <p>Each entry remembers the store version read <em>before</em> it was computed: a write that
 * lands during the computation makes the entry stale at once, so it is recomputed on the next
 * request rather than served with a missing write.
 */
@Component
public class ViewCache {
  private record Entry(long version, Object value) {}

  private final StoreChanges changes;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  ViewCache(StoreChanges changes) {
    this.changes = changes;
  }

  /** The view named {@code key}, computed by {@code compute} when missing or stale. */
  @SuppressWarnings("unchecked")
  public <T> T get(String key, Supplier<T> compute) {
    long now = changes.version();
    Entry e = entries.get(key);
    if (e != null && e.version() == now) {
      return (T) e.value();
    }
    T value = compute.get();
    entries.put(key, new Entry(now, value));
    return value;
  }
}
