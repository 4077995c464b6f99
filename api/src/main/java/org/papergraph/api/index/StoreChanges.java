package org.papergraph.api.index;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.graph.Triple;
import org.papergraph.api.config.StoreProperties;
import org.papergraph.core.store.AnnouncingStore;
import org.papergraph.core.store.StoreChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the store announces about its writes, for everything that derives data from it, and the
 * one rule for how long derived data may be served.
 *
 * <p>Every write through the store bean is announced ({@link AnnouncingStore}); derived views are
 * stamped with the version they were computed from, so a view computed before a write is never
 * served after it. That is exact only where every write goes through this process: a remote
 * store is written by other clients too, unheard, so there data derived from it is served at
 * most {@code papergraph.store.remote-view-max-age} and the SPARQL result cache is off.
 */
@Component
public class StoreChanges {
  /** When derived data was computed: the store version read before it began, and the clock. */
  public record Stamp(long version, long nanos) {}

  private final AnnouncingStore store;
  private final boolean seesEveryWrite;
  private final long maxAgeNanos;
  private final List<Runnable> views = new CopyOnWriteArrayList<>();

  @Autowired
  StoreChanges(AnnouncingStore store, StoreProperties props) {
    this(store, props.remoteViewMaxAge());
  }

  /** @param remoteMaxAge how long derived data is served when the store is written by others too */
  public StoreChanges(AnnouncingStore store, Duration remoteMaxAge) {
    this(store, store.kind().writtenOnlyThroughThisProcess(), remoteMaxAge);
  }

  StoreChanges(AnnouncingStore store, boolean seesEveryWrite, Duration remoteMaxAge) {
    this.store = store;
    this.seesEveryWrite = seesEveryWrite;
    this.maxAgeNanos = remoteMaxAge.toNanos();
  }

  /** The current version; it only grows. */
  public long version() {
    return store.version();
  }

  /**
   * Has {@code listener} hear every change, on the thread that wrote, which it must not hold up:
   * a listener hands any real work to a thread of its own.
   */
  public void onChange(Consumer<StoreChange> listener) {
    store.onChange(listener);
  }

  /**
   * Follows, from now on, the latest change that may have touched a graph other than
   * {@code ignored}: what a view derived from all the rest must catch up with.
   */
  public Mark markIgnoring(String ignored) {
    return markIgnoring(ignored, () -> {});
  }

  /**
   * The same, running {@code onMove} after each change the mark follows, on the writing thread,
   * which it must not hold up.
   */
  public Mark markIgnoring(String ignored, Runnable onMove) {
    Mark mark = new Mark();
    Set<String> graphs = Set.of(ignored);
    onChange(c -> {
      if (!c.touchesOnly(graphs)) {
        mark.latest.accumulateAndGet(c.version(), Math::max);
        onMove.run();
      }
    });
    return mark;
  }

  /**
   * Follows, from now on, the latest change that may have added or removed a triple that
   * {@code matters}: what a view derived from those triples alone must catch up with. Where the
   * store does not report a write's triples, every change is followed.
   */
  public Mark markChanging(Predicate<Triple> matters) {
    return markChanging(matters, matters);
  }

  /**
   * The same, with a test for the triples a write added and another for those it removed
   * ({@link StoreChange#mayChange(Predicate, Predicate)}). The tests run on the writing thread,
   * once the write has committed.
   */
  public Mark markChanging(Predicate<Triple> addedMatters, Predicate<Triple> deletedMatters) {
    Mark mark = new Mark();
    onChange(c -> {
      if (c.mayChange(addedMatters, deletedMatters)) {
        mark.latest.accumulateAndGet(c.version(), Math::max);
      }
    });
    return mark;
  }

  /** See {@link #markIgnoring} and {@link #markChanging}. */
  public final class Mark {
    private final AtomicLong latest = new AtomicLong();

    private Mark() {}

    /** The version of the latest change followed; 0 before any. */
    public long latest() {
      return latest.get();
    }

    /**
     * The version a read of the store that starts now is sure to cover: every change whose
     * announcement has reached this mark has committed, even when the store's version does not
     * show it yet.
     */
    public long coveredByReadNow() {
      return Math.max(version(), latest());
    }
  }

  /**
   * True when every write to the store is announced here, so derived data stays exact until the
   * next announced write and may be kept that long; false on a remote store.
   */
  public boolean seesEveryWrite() {
    return seesEveryWrite;
  }

  /** A stamp for data about to be derived from the store. */
  public Stamp stamp() {
    return new Stamp(version(), System.nanoTime());
  }

  /** True when data stamped {@code s} is too old to serve whatever was announced since. */
  public boolean expired(Stamp s) {
    return !seesEveryWrite && System.nanoTime() - s.nanos() >= maxAgeNanos;
  }

  /** A stamp for data about to be derived from the triples {@code mark} follows. */
  public Stamp stamp(Mark mark) {
    return new Stamp(mark.coveredByReadNow(), System.nanoTime());
  }

  /**
   * True when data stamped {@code s} by {@link #stamp(Mark)} may still be served: no change
   * {@code mark} follows came after it.
   */
  public boolean isCurrent(Stamp s, Mark mark) {
    return mark.latest() <= s.version() && !expired(s);
  }

  /** True when data stamped {@code s} may still be served as the store's current state. */
  public boolean isCurrent(Stamp s) {
    return s.version() == version() && !expired(s);
  }

  /**
   * Registers a view that keeps serving its previous state while it catches up with a write:
   * {@code awaitCurrent} returns once the view covers every write announced before it was
   * called.
   */
  public void addLaggingView(Runnable awaitCurrent) {
    views.add(awaitCurrent);
  }

  /**
   * Returns once every view that lags behind writes covers every write announced before the
   * call. Each write through the api calls it before answering, so that the writer's next read
   * sees its write.
   */
  public void awaitViews() {
    for (Runnable view : views) {
      view.run();
    }
  }
}
