package org.papergraph.api.index;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.LinkedHashMap;
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

  /** How many per-request views ({@link #getRecent}) are kept, the least recently used dropped first. */
  static final int RECENT_LIMIT = 1024;

  // Keys here come from request parameters, so their number is capped.
  // Weakly: an entry left from an older source must not keep that source in memory.
  private record Tagged(WeakReference<Object> tag, Object value) {}

  private final Map<String, Tagged> recent =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tagged> eldest) {
              return size() > RECENT_LIMIT;
            }
          });

  /**
   * A view keyed by request parameters and computed from {@code source} (another view, such as
   * the paper index snapshot): kept while the same {@code source} object is current, at most
   * {@link #RECENT_LIMIT} of them.
   */
  @SuppressWarnings("unchecked")
  public <T> T getRecent(String key, Object source, Supplier<T> compute) {
    Tagged e = recent.get(key);
    if (e != null && e.tag().get() == source) {
      return (T) e.value();
    }
    T value = compute.get();
    recent.put(key, new Tagged(new WeakReference<>(source), value));
    return value;
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
