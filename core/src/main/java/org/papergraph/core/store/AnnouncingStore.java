package org.papergraph.core.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateRequest;

/**
 * A {@link GraphStore} that announces every write it commits: whatever derives data from the
 * store (views, caches, the VoID description) listens here instead of relying on each writer to
 * say that it wrote.
 *
 * <p>After each write that returns normally, listeners hear one {@link StoreChange} with the next
 * version and the graphs the write touched; a write that throws announces nothing, since it
 * committed nothing. On a store that runs {@link WriteHook}s (the local ones) the graphs are those
 * the write really changed, and a write that changed nothing is not announced; on a remote store
 * they are the graphs the write may have changed. Changes are announced one at a time, in version order, on the writing thread,
 * and {@link #version()} shows a version only once every listener has heard of it: whoever reads
 * the version and then asks a listener about its state finds the listener up to date. Listeners
 * must therefore be quick and hand any real work to a thread of their own.
 */
public final class AnnouncingStore implements GraphStore {
  private final GraphStore store;
  private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();
  private final Object announcing = new Object();
  private volatile long version;
  // The exact changes of the write in progress on this thread, from the store's own hook; null
  // on a store without hooks, whose writes are announced by the graphs they may touch.
  private final ThreadLocal<WriteChanges> committed;

  private AnnouncingStore(GraphStore store) {
    this.store = store;
    ThreadLocal<WriteChanges> local = new ThreadLocal<>();
    this.committed = store.addWriteHook((changes, dataset) -> local.set(changes)) ? local : null;
  }

  /**
   * Runs a write and announces what it changed: the exact graphs where the store reports them,
   * else {@code mayTouch} (null for any graph, empty for none).
   */
  private <T> T announced(Supplier<T> write, Function<T, Collection<String>> mayTouch) {
    if (committed == null) {
      T result = write.get();
      Collection<String> graphs = mayTouch.apply(result);
      if (graphs == null || !graphs.isEmpty()) {
        announce(graphs == null ? StoreChange::ofAnyGraph : next -> StoreChange.of(next, graphs));
      }
      return result;
    }
    committed.remove();
    try {
      T result = write.get();
      WriteChanges changes = committed.get();
      if (changes != null && !changes.isEmpty()) {
        announce(next -> StoreChange.of(next, changes));
      }
      return result;
    } finally {
      committed.remove();
    }
  }

  /** {@code store}, announcing its writes; a store that announces already is returned as it is. */
  public static AnnouncingStore of(GraphStore store) {
    return store instanceof AnnouncingStore a ? a : new AnnouncingStore(store);
  }

  /** The number of writes announced so far; it only grows. */
  public long version() {
    return version;
  }

  /** Has {@code listener} hear every change committed from now on. */
  public void onChange(Consumer<StoreChange> listener) {
    listeners.add(listener);
  }

  private void announce(LongFunction<StoreChange> changeAt) {
    synchronized (announcing) {
      long next = version + 1;
      StoreChange change = changeAt.apply(next);
      try {
        for (Consumer<StoreChange> listener : listeners) {
          listener.accept(change);
        }
      } finally {
        version = next;
      }
    }
  }

  @Override
  public StoreKind kind() {
    return store.kind();
  }

  @Override
  public Set<String> replaceGraphs(Map<String, Graph> graphs) {
    return announced(() -> store.replaceGraphs(graphs), existed -> graphs.keySet());
  }

  @Override
  public Set<String> deleteGraphs(Collection<String> graphNames) {
    // Dropping graphs that do not exist changes nothing.
    return announced(() -> store.deleteGraphs(graphNames), existed -> existed);
  }

  @Override
  public void update(UpdateRequest update, long timeoutMillis, long maxQuads) {
    announced(() -> {
      store.update(update, timeoutMillis, maxQuads);
      return null;
    }, none -> UpdateTargets.graphs(update));
  }

  @Override
  public boolean supportsBulkLoad() {
    return store.supportsBulkLoad();
  }

  /** Announced by the graphs the load's closing write reports, as every write on a local store. */
  @Override
  public BulkLoad bulkLoad(Consumer<StreamRDF> source) {
    return announced(() -> store.bulkLoad(source), none -> null);
  }

  @Override
  public void importQuads(Consumer<StreamRDF> source) {
    if (committed != null) {
      // The store's own record names the graphs: no need to watch every quad on the way in.
      announced(() -> {
        store.importQuads(source);
        return null;
      }, none -> null);
      return;
    }
    Set<String> graphs = new HashSet<>();
    announced(() -> {
      store.importQuads(sink -> source.accept(new StreamRDFWrapper(sink) {
        @Override
        public void quad(Quad quad) {
          if (quad.getGraph().isURI() && !quad.isDefaultGraph()) {
            graphs.add(quad.getGraph().getURI());
          }
          super.quad(quad);
        }
      }));
      return null;
    }, none -> graphs);
  }

  @Override
  public boolean addWriteHook(WriteHook hook) {
    return store.addWriteHook(hook);
  }

  @Override
  public boolean containsGraph(String graphName) {
    return store.containsGraph(graphName);
  }

  @Override
  public List<String> listGraphs() {
    return store.listGraphs();
  }

  @Override
  public Graph getGraph(String graphName) {
    return store.getGraph(graphName);
  }

  @Override
  public <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> handler) {
    return store.query(query, timeoutMillis, handler);
  }

  @Override
  public <T> T queryIncludingReserved(Query query, Function<QueryExecution, T> handler) {
    return store.queryIncludingReserved(query, handler);
  }

  @Override
  public long size() {
    return store.size();
  }

  @Override
  public void exportQuads(StreamRDF sink) {
    store.exportQuads(sink);
  }

  @Override
  public List<TextMatch> searchText(String text, int limit, long timeoutMillis) {
    return store.searchText(text, limit, timeoutMillis);
  }

  @Override
  public Optional<Context> queryContext() {
    return store.queryContext();
  }

  @Override
  public void close() {
    store.close();
  }
}
