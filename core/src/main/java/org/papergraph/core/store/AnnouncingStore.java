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
 * committed nothing. Changes are announced one at a time, in version order, on the writing thread,
 * and {@link #version()} shows a version only once every listener has heard of it: whoever reads
 * the version and then asks a listener about its state finds the listener up to date. Listeners
 * must therefore be quick and hand any real work to a thread of their own.
 */
public final class AnnouncingStore implements GraphStore {
  private final GraphStore store;
  private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();
  private final Object announcing = new Object();
  private volatile long version;

  private AnnouncingStore(GraphStore store) {
    this.store = store;
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

  private void announce(Collection<String> graphs) {
    synchronized (announcing) {
      long next = version + 1;
      StoreChange change = graphs == null ? StoreChange.ofAnyGraph(next) : StoreChange.of(next, graphs);
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
    Set<String> existed = store.replaceGraphs(graphs);
    announce(graphs.keySet());
    return existed;
  }

  @Override
  public Set<String> deleteGraphs(Collection<String> graphNames) {
    Set<String> existed = store.deleteGraphs(graphNames);
    // Dropping graphs that do not exist changes nothing.
    if (!existed.isEmpty()) {
      announce(existed);
    }
    return existed;
  }

  @Override
  public void update(UpdateRequest update, long timeoutMillis, long maxQuads) {
    store.update(update, timeoutMillis, maxQuads);
    announce(UpdateTargets.graphs(update));
  }

  @Override
  public void importQuads(Consumer<StreamRDF> source) {
    Set<String> graphs = new HashSet<>();
    store.importQuads(sink -> source.accept(new StreamRDFWrapper(sink) {
      @Override
      public void quad(Quad quad) {
        if (quad.getGraph().isURI() && !quad.isDefaultGraph()) {
          graphs.add(quad.getGraph().getURI());
        }
        super.quad(quad);
      }
    }));
    if (!graphs.isEmpty()) {
      announce(graphs);
    }
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
