package org.papergraph.api.index;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** The current version; it only grows. */
  public long version() {
    return version.get();
  }

  /**
   * Says that the store's content changed; call it after the write has committed.
   *
   * @return the new version
   */
  public long changed() {
    long v = version.incrementAndGet();
    for (Runnable listener : listeners) {
      listener.run();
    }
    return v;
  }

  /**
   * Has {@code listener} run after every change, on the thread that reports it, which it must
   * not hold up: a listener hands any real work to a thread of its own.
   */
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }
}
