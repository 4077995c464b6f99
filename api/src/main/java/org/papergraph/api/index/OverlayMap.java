package org.papergraph.api.index;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map made of a larger map it shares with the maps it was made from and the few
 * entries changed since, so that a map of hundreds of thousands of entries with a handful changed
 * costs the handful, not a copy of the whole. Past {@link #MAX_CHANGED} changes (or a change as
 * large as a sixteenth of the whole) the next one is made whole again.
 *
 * <p>Lookups ask the changes first, then the shared map; iteration gives the shared map's entries
 * that were neither removed nor replaced, then the changes.
 *
 * @param <K> keys
 * @param <V> values, never null
 */
final class OverlayMap<K, V> extends AbstractMap<K, V> {
  /** The most entries changed over the shared map before a map is made whole again. */
  static final int MAX_CHANGED = 8_192;

  private final Map<K, V> shared;
  /** Per changed key, its value, or null where the key was removed. */
  private final Map<K, V> changed;
  private final int size;

  private OverlayMap(Map<K, V> shared, Map<K, V> changed, int size) {
    this.shared = shared;
    this.changed = changed;
    this.size = size;
  }

  /** {@code previous} without the keys of {@code removed}, then with {@code added} put in. */
  static <K, V> Map<K, V> with(Map<K, V> previous, Collection<K> removed, Map<K, V> added) {
    Map<K, V> shared;
    Map<K, V> changed;
    if (previous instanceof OverlayMap<K, V> o) {
      shared = o.shared;
      changed = new HashMap<>(o.changed);
    } else {
      shared = previous;
      changed = new HashMap<>();
    }
    for (K k : removed) {
      changed.put(k, null);
    }
    changed.putAll(added);
    if (changed.size() > MAX_CHANGED || changed.size() > shared.size() / 16 + 16) {
      Map<K, V> whole = new HashMap<>(shared);
      changed.forEach((k, v) -> {
        if (v == null) {
          whole.remove(k);
        } else {
          whole.put(k, v);
        }
      });
      return new OverlayMap<>(whole, Map.of(), whole.size());
    }
    int size = shared.size();
    for (Map.Entry<K, V> e : changed.entrySet()) {
      boolean was = shared.containsKey(e.getKey());
      boolean is = e.getValue() != null;
      size += (is ? 1 : 0) - (was ? 1 : 0);
    }
    return new OverlayMap<>(shared, changed, size);
  }

  @Override
  public V get(Object key) {
    return changed.containsKey(key) ? changed.get(key) : shared.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return changed.containsKey(key) ? changed.get(key) != null : shared.containsKey(key);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        Iterator<Map.Entry<K, V>> first = shared.entrySet().iterator();
        Iterator<Map.Entry<K, V>> second = changed.entrySet().iterator();
        return new Iterator<>() {
          private Map.Entry<K, V> next = advance();

          private Map.Entry<K, V> advance() {
            while (first.hasNext()) {
              Map.Entry<K, V> e = first.next();
              if (!changed.containsKey(e.getKey())) {
                return e;
              }
            }
            while (second.hasNext()) {
              Map.Entry<K, V> e = second.next();
              if (e.getValue() != null) {
                return e;
              }
            }
            return null;
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public Map.Entry<K, V> next() {
            if (next == null) {
              throw new NoSuchElementException();
            }
            Map.Entry<K, V> e = next;
            next = advance();
            return Map.entry(e.getKey(), e.getValue());
          }
        };
      }
    };
  }
}
