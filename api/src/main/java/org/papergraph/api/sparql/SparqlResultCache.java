package org.papergraph.api.sparql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.papergraph.api.config.SparqlProperties;
import org.papergraph.api.index.StoreChanges;
import org.springframework.stereotype.Component;

/**
 * Serialized query results, kept until the store changes: dashboards and pages repeat the same
 * aggregates, which cost a scan of the store each time and give the same bytes until the next
 * write.
 *
 * <p>Only for stores this process alone writes (TDB2, memory; {@link StoreChanges#seesEveryWrite}):
 * every write is announced, so an entry is served only for the store version it was computed
 * from. A remote store can change behind the api's back, and a SPARQL answer must not be older
 * than the store, so nothing is cached for it. Queries whose
 * answer changes by itself (NOW, RAND, UUID, STRUUID, BNODE) are never cached. The total size is
 * bounded; the least recently used entries go first, and a result larger than a tenth of the
 * bound is not kept.
 */
@Component
class SparqlResultCache {
  private static final Pattern VOLATILE = Pattern.compile("\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(", Pattern.CASE_INSENSITIVE);

  private record Entry(long version, byte[] body) {}

  private final StoreChanges changes;
  private final long capacity;
  private final boolean enabled;
  private long used;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

  SparqlResultCache(StoreChanges changes, SparqlProperties props) {
    this.changes = changes;
    this.capacity = props.resultCache().toBytes();
    this.enabled = capacity > 0 && changes.seesEveryWrite();
  }

  /** A pending use of the cache by one query: its key and the store version it reads. */
  final class Lookup {
    private final String key;
    private final long version;

    private Lookup(String key, long version) {
      this.key = key;
      this.version = version;
    }

    /** The cached result, or null. */
    byte[] hit() {
      synchronized (SparqlResultCache.this) {
        Entry e = entries.get(key);
        return e != null && e.version() == version ? e.body() : null;
      }
    }

    /**
     * Wraps the response stream so that what passes through is kept too, up to the entry limit;
     * {@link Recording#store} then files it.
     */
    Recording record(OutputStream out) {
      return new Recording(this, out, capacity / 10);
    }

    private void store(byte[] body) {
      synchronized (SparqlResultCache.this) {
        Entry old = entries.put(key, new Entry(version, body));
        used += body.length - (old == null ? 0 : old.body().length);
        var it = entries.entrySet().iterator();
        while (used > capacity && it.hasNext()) {
          Map.Entry<String, Entry> eldest = it.next();
          used -= eldest.getValue().body().length;
          it.remove();
        }
      }
    }
  }

  /** A response stream that keeps a copy of what it writes, unless that grows past a limit. */
  static final class Recording extends OutputStream {
    private final Lookup lookup;
    private final OutputStream out;
    private final long limit;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();

    private Recording(Lookup lookup, OutputStream out, long limit) {
      this.lookup = lookup;
      this.out = out;
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      keep(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      keep(b, off, len);
    }

    private void keep(byte[] b, int off, int len) {
      if (copy == null) {
        return;
      }
      if (copy.size() + (long) len > limit) {
        copy = null;
      } else {
        copy.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    /** Files the copy, after the result was written whole. */
    void store() {
      if (copy != null) {
        lookup.store(copy.toByteArray());
      }
    }
  }

  /** The cache's handle for {@code query} in {@code lang}; null when the query is not cacheable. */
  Lookup lookup(Query query, Lang lang) {
    if (!enabled) {
      return null;
    }
    String text = query.toString();
    if (VOLATILE.matcher(text).find()) {
      return null;
    }
    // The version is read before the query runs: a write landing during the run makes the entry
    // stale at once instead of letting it pass for the newer store.
    return new Lookup(lang.getName() + "\n" + text, changes.version());
  }

  /** The bytes held, for tests and metrics. */
  synchronized long used() {
    return used;
  }
}
