package org.papergraph.api.index;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.graph.Triple;
import org.springframework.stereotype.Component;

/**
 * Computed views (co-occurrence, profiles, facets, counts) kept until the store changes.
 *
 * <p>Each entry remembers the store version read <em>before</em> it was computed: a write that
 * lands during the computation makes the entry stale at once, so it is recomputed on the next
 * request rather than served with a missing write. On a store that others write to as well,
 * entries also expire after a while ({@link StoreChanges#expired}). A computation that read a
 * view older than the store ({@link #readStale}) is served but not kept.
 */
@Component
public class ViewCache {
  private record Entry(StoreChanges.Stamp stamp, Object value) {}

  /** The computation under way on this thread, if any: true once it read a stale view. */
  private static final ThreadLocal<boolean[]> COMPUTING = new ThreadLocal<>();

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

  private final Map<String, Tagged> recent = leastRecentlyUsed(RECENT_LIMIT);

  /** A map of at most {@code limit} entries, for many threads, that drops the least recently used first. */
  private static <V> Map<String, V> leastRecentlyUsed(int limit) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > limit;
          }
        });
  }

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

  /** How many answers keyed by request parameters ({@link #getAnswer}) are kept, the least recently used dropped first. */
  static final int ANSWERS_LIMIT = 256;

  private final Map<String, Entry> answers = leastRecentlyUsed(ANSWERS_LIMIT);

  /**
   * An answer keyed by request parameters (a search), computed by {@code compute} when missing or
   * stale: kept until the store changes, as {@link #get} keeps a view, but at most
   * {@link #ANSWERS_LIMIT} of them, since their keys come from clients.
   */
  public <T> T getAnswer(String key, Supplier<T> compute) {
    return kept(answers, key, compute);
  }

  /** The view named {@code key}, computed by {@code compute} when missing or stale. */
  public <T> T get(String key, Supplier<T> compute) {
    return kept(entries, key, compute);
  }

  /**
   * The view named {@code key}, derived from the triples {@code mark} follows alone (topic labels,
   * say): kept across writes that change none of them, computed by {@code compute} when missing
   * or stale.
   */
  public <T> T getUntil(String key, StoreChanges.Mark mark, Supplier<T> compute) {
    return kept(entries, key, compute, () -> changes.stamp(mark), s -> changes.isCurrent(s, mark));
  }

  /**
   * A mark ({@link StoreChanges#markChanging(Predicate, Predicate)}) for the view named {@code key}
   * kept by {@link #getUntil} with it, where what the view holds tells whether a written triple
   * changes it: of the triples {@code reads} says it is read from, one added changes it where
   * {@code addedChanges} says so of the view as kept, one removed where {@code removedChanges} does. For views read from triples that many graphs
   * repeat (every paper at a venue describes its series again), which a test of the triples alone
   * would follow after nearly every write. While the view is not kept, or not current, every such
   * triple changes it.
   */
  public <T> StoreChanges.Mark markChanging(String key, Predicate<Triple> reads, BiPredicate<T, Triple> addedChanges,
      BiPredicate<T, Triple> removedChanges) {
    // The tests need the mark they make, to tell whether the view is current for it.
    AtomicReference<StoreChanges.Mark> made = new AtomicReference<>();
    StoreChanges.Mark mark = changes.markChanging(
        t -> reads.test(t) && this.<T>held(key, made.get()).map(v -> addedChanges.test(v, t)).orElse(true),
        t -> reads.test(t) && this.<T>held(key, made.get()).map(v -> removedChanges.test(v, t)).orElse(true));
    made.set(mark);
    return mark;
  }

  /** The view named {@code key} as {@link #getUntil} keeps it, if it is there and still current for {@code mark}. */
  @SuppressWarnings("unchecked")
  private <T> Optional<T> held(String key, StoreChanges.Mark mark) {
    Entry e = mark == null ? null : entries.get(key);
    return e != null && changes.isCurrent(e.stamp(), mark) ? Optional.of((T) e.value()) : Optional.empty();
  }

  /** The value under {@code key} in {@code kept}, computed by {@code compute} when missing or stale. */
  private <T> T kept(Map<String, Entry> kept, String key, Supplier<T> compute) {
    return kept(kept, key, compute, changes::stamp, changes::isCurrent);
  }

  /**
   * The value under {@code key} in {@code kept}, computed by {@code compute} when missing or not
   * {@code current}; a computed value is stamped by {@code stamp} before it is computed.
   */
  @SuppressWarnings("unchecked")
  private <T> T kept(Map<String, Entry> kept, String key, Supplier<T> compute, Supplier<StoreChanges.Stamp> stamp,
      Predicate<StoreChanges.Stamp> current) {
    StoreChanges.Stamp now = stamp.get();
    Entry e = kept.get(key);
    if (e != null && current.test(e.stamp())) {
      return (T) e.value();
    }
    boolean[] outer = COMPUTING.get();
    boolean[] stale = {false};
    COMPUTING.set(stale);
    T value;
    try {
      value = compute.get();
    } finally {
      COMPUTING.set(outer);
    }
    if (!stale[0]) {
      kept.put(key, new Entry(now, value));
    } else if (outer != null) {
      outer[0] = true;
    }
    return value;
  }

  /**
   * Says that the computation under way on this thread read a view that does not have the latest
   * writes yet (the paper index while it is rebuilt): its result, and that of every computation
   * it is part of, is served this once but not kept.
   */
  public static void readStale() {
    boolean[] computing = COMPUTING.get();
    if (computing != null) {
      computing[0] = true;
    }
  }
}
