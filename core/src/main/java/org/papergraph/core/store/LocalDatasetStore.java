package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateRequest;
import org.papergraph.core.Iris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store over a TDB2 dataset in this process (on disk, or in a scratch directory for a store in
 * memory: {@link GraphStores#memory()}), with a jena-text Lucene index that follows every write.
 *
 * <p>Every transaction goes through the text-indexing wrapper, so an added or deleted literal
 * reaches the index in the same transaction: updates and deletes through the wrapper itself,
 * {@link #replaceGraphs} (the ingest's write) with the index updated on a second thread. TDB2
 * and Lucene commit one after the other (Lucene prepares, TDB2 commits, Lucene commits); a
 * process killed between the two leaves the index behind the data. A marker file, present while
 * a write is in flight, tells the next open to rebuild the index from the data.
 */
final class LocalDatasetStore implements GraphStore {
  private static final Logger log = LoggerFactory.getLogger(LocalDatasetStore.class);
  static final String WRITE_MARKER = "write-in-progress";
  /** Present in the TDB2 directory from the start of a bulk load until its hooks have committed. */
  static final String BULK_LOAD_MARKER = "bulk-load-in-progress";
  /**
   * Present in the TDB2 directory once it was found to keep no reserved graph as a named graph
   * (as versions before the bookkeeping moved to the stored default graph let clients write).
   */
  static final String NO_RESERVED_GRAPHS_MARKER = "no-reserved-named-graphs";

  private final DatasetGraph base;
  private final DatasetGraph dsg;
  /** {@link #dsg} with the reserved graphs in view: for the store's own reads and for every write. */
  private final ReservedGraphView withReserved;
  /** {@link #base} with the reserved graphs in view: for the ingest's writes of them and for the write hooks. */
  private final ReservedGraphView baseWithReserved;
  private final Dataset dataset;
  private final AllWordsTextIndex textIndex;

  /**
   * The node ids of reserved graphs still kept as named graphs, for {@link ReservedGraphFilter}:
   * only in a store written before the bookkeeping moved to the stored default graph, and then
   * only those of names the store does not keep itself; none in any other.
   */
  private final NodeId[] legacyReservedGraphIds;
  private final StoreKind kind;
  private final Path writeMarker;
  /** The directory of a store that keeps nothing after close (memory), deleted then; else null. */
  private final Path scratch;
  // TDB2 admits one writer at a time anyway; the lock keeps the marker file in step with it.
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ExecutorService textIndexer = StoreThreads.single("papergraph-text-indexer");
  private final List<WriteHook> hooks = new CopyOnWriteArrayList<>();

  /**
   * @param writeMarker the marker file for crash recovery of the index, or null when nothing
   *     survives the process (memory)
   * @param scratch the directory {@code base} is in, deleted at close, for a store that keeps
   *     nothing (memory); null for one that keeps its data
   */
  LocalDatasetStore(DatasetGraph base, AllWordsTextIndex textIndex, Path writeMarker, StoreKind kind, Path scratch) {
    this.base = base;
    this.textIndex = textIndex;
    this.kind = kind;
    this.writeMarker = writeMarker;
    this.scratch = scratch;
    if (writeMarker != null && Files.exists(bulkLoadMarker())) {
      throw new BulkLoadInterruptedException(writeMarker.getParent());
    }
    // Queries see the union of the named graphs; nothing is written to the default graph.
    base.getContext().set(TDB2.symUnionDefaultGraph, true);
    this.dsg = TextDatasetFactory.create(base, textIndex, true);
    dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    // A REGEX that backtracks for minutes inside one row still stops when its query times out.
    CancellableRegex.install(base.getContext());
    CancellableRegex.install(dsg.getContext());
    this.dataset = DatasetFactory.wrap(dsg);
    this.withReserved = new ReservedGraphView(dsg);
    this.baseWithReserved = new ReservedGraphView(base);
    // A write transaction at open only for a store that has something to move.
    if (Txn.calculateRead(base, () -> holdsReservedNamedGraphs(base))) {
      Txn.executeWrite(base, () -> moveReservedGraphsIntoTheStoredDefaultGraph(base));
    }
    this.legacyReservedGraphIds = legacyReservedGraphIds(base, writeMarker);
    String rebuild = whyRebuildTextIndex();
    if (rebuild != null) {
      log.warn("{}; rebuilding the full-text index of {}", rebuild, writeMarker == null ? "memory" : writeMarker.getParent());
      long n = Txn.calculateRead(base, () -> TextIndexing.rebuild(base, textIndex));
      log.info("full-text index rebuilt: {} literals", n);
      deleteMarker(writeMarker);
    }
  }

  /** Why the full-text index must be rebuilt from the data at open, or null when it need not be. */
  private String whyRebuildTextIndex() {
    if (writeMarker != null && Files.exists(writeMarker)) {
      return "the last write did not finish";
    }
    return switch (textIndex.contents()) {
      case WITHOUT_SUBJECT_VALUES -> "the full-text index was written by an older version";
      // A search would silently find nothing.
      case EMPTY -> Txn.calculateRead(base, () -> holdsIndexedText(base))
          ? "the full-text index is empty while the store holds text (its directory was deleted or replaced)" : null;
      case CURRENT -> null;
    };
  }

  /** True when a named graph holds a literal the full-text index takes. */
  private static boolean holdsIndexedText(DatasetGraph base) {
    for (Node p : TextIndexing.INDEXED_PROPERTIES) {
      Iterator<Quad> it = base.findNG(Node.ANY, Node.ANY, p, Node.ANY);
      while (it.hasNext()) {
        if (it.next().getObject().isLiteral()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@link ReservedGraphFilter#reservedIds}, read once per TDB2 directory: finding them lists every
   * named graph, seconds at hundreds of thousands of papers, on each open. No write of this
   * version can make a reserved named graph (every write path refuses the names), so a directory
   * found without one is marked ({@link #NO_RESERVED_GRAPHS_MARKER}) and not listed again.
   */
  private static NodeId[] legacyReservedGraphIds(DatasetGraph base, Path writeMarker) {
    Path checked = writeMarker == null ? null : writeMarker.resolveSibling(NO_RESERVED_GRAPHS_MARKER);
    if (checked != null && Files.exists(checked)) {
      return new NodeId[0];
    }
    NodeId[] ids = Txn.calculateRead(base, () -> ReservedGraphFilter.reservedIds(base));
    if (checked != null && ids.length == 0) {
      createMarker(checked);
    }
    return ids;
  }

  /**
   * Moves the journal and the sync state of a store written before they were kept in the stored
   * default graph ({@link ReservedGraphView}) there, in one transaction; nothing for any other store.
   */
  private static boolean holdsReservedNamedGraphs(DatasetGraph base) {
    return base.contains(ReservedGraphView.FEED, Node.ANY, Node.ANY, Node.ANY) || base.contains(ReservedGraphView.SYNC, Node.ANY, Node.ANY, Node.ANY);
  }

  private static void moveReservedGraphsIntoTheStoredDefaultGraph(DatasetGraph base) {
    for (Node g : new Node[] {ReservedGraphView.FEED, ReservedGraphView.SYNC}) {
      if (!base.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
        continue;
      }
      List<Triple> moved = new ArrayList<>();
      base.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
        if (ReservedGraphView.owner(q.getSubject()).equals(g)) {
          moved.add(q.asTriple());
        }
      });
      for (Triple t : moved) {
        base.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
        base.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
      }
      log.info("moved {} triples of <{}> into the stored default graph", moved.size(), g.getURI());
    }
  }

  @Override
  public StoreKind kind() {
    return kind;
  }

  /**
   * Writes the quads straight to the base dataset and indexes their literals on a second thread
   * meanwhile, instead of through the text-indexing wrapper, which would tokenise and index each
   * literal on the writing thread between its B+tree inserts. The index still commits with the
   * data: the wrapper's transaction holds both, and the indexing is awaited before it commits.
   */
  @Override
  public Set<String> replaceGraphs(Map<String, Graph> graphs) {
    Set<String> existed = new HashSet<>();
    write(
        changes -> {
          Map<Node, List<Triple>> old = new HashMap<>();
          for (String name : graphs.keySet()) {
            Node g = StoreSupport.graphNode(name);
            DatasetGraph target = holding(g);
            if (target.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
              existed.add(name);
              List<Triple> held = new ArrayList<>();
              target.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> held.add(q.asTriple()));
              old.put(g, held);
            }
          }
          Future<?> indexed = textIndexer.submit(() -> TextIndexing.replaceGraphs(textIndex, graphs, existed));
          try {
            for (Map.Entry<String, Graph> e : graphs.entrySet()) {
              Node g = StoreSupport.graphNode(e.getKey());
              DatasetGraph target = holding(g);
              changes.replaced(g, old.getOrDefault(g, List.of()), e.getValue(), target);
              if (existed.contains(e.getKey())) {
                target.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
              }
              e.getValue().find().forEach(t -> target.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
          } catch (RuntimeException | Error e) {
            // Awaited even so: the abort that follows must not race the indexing.
            try {
              StoreThreads.await(indexed, "the full-text index could not be updated");
            } catch (RuntimeException | Error alsoFailed) {
              e.addSuppressed(alsoFailed);
            }
            throw e;
          }
          StoreThreads.await(indexed, "the full-text index could not be updated");
        });
    return existed;
  }

  /**
   * Where the ingest writes graph {@code g}: straight to the base dataset, as for every record, or
   * through {@link ReservedGraphView} for a reserved graph (the sync state a sync writes).
   */
  private DatasetGraph holding(Node g) {
    return ReservedGraphView.isReserved(g) || Quad.isDefaultGraph(g) ? baseWithReserved : base;
  }

  @Override
  public boolean supportsBulkLoad() {
    return true;
  }

  @Override
  public BulkLoad bulkLoad(Consumer<StreamRDF> source) {
    writeLock.lock();
    try {
      createMarker(bulkLoadMarker());
      long t0 = System.nanoTime();
      DataLoader loader = LoaderFactory.parallelLoader(base, (fmt, args) -> log.debug(String.format(fmt, args)));
      Set<Node> graphs = new LinkedHashSet<>();
      // The full-text index is built from the quads as they go to the loader, on its own thread.
      TextIndexing.BesideLoad text = new TextIndexing.BesideLoad(textIndexer, textIndex);
      List<Consumer<Quad>> observers = new ArrayList<>(List.of(text));
      for (WriteHook hook : hooks) {
        Consumer<Quad> observer = hook.bulkLoadObserver();
        if (observer != null) {
          observers.add(observer);
        }
      }
      Set<Thread> before = LoaderThreads.alive();
      loader.startBulk();
      LoaderThreads loaderThreads = LoaderThreads.startedSince(before);
      try {
        StreamRDF into = loader.stream();
        into.start();
        source.accept(
            new StoreSupport.NamedGraphQuads() {
              private Node last;

              @Override
              void accept(Quad quad) {
                // A record's quads come together: one set lookup per graph, not per quad.
                if (!quad.getGraph().equals(last)) {
                  last = quad.getGraph();
                  if (ReservedGraphView.isReserved(last)) {
                    // As every other write: the store's own names are not a client's to write.
                    throw ReservedGraphException.reservedName(last.getURI(), "loaded");
                  }
                  graphs.add(last);
                }
                into.quad(quad);
                for (Consumer<Quad> observer : observers) {
                  observer.accept(quad);
                }
              }
            });
        into.finish();
        loader.finishBulk();
      } catch (RuntimeException | Error e) {
        // finishException alone leaves the loader's threads waiting, with their writes open.
        loaderThreads.stop();
        loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
        text.abandon();
        // As an aborted write does: the documents added since the last commit go.
        textIndex.rollback();
        throw e;
      }
      long t1 = System.nanoTime();
      // What is left to index once the loader has finished, then the commit. The index commits
      // before the hooks' write and the marker's removal, so a store whose marker is gone has
      // its whole index; one killed before that is refused at its next open.
      try {
        text.finish();
        textIndex.commit();
      } catch (RuntimeException | Error e) {
        textIndex.rollback();
        throw e;
      }
      long t2 = System.nanoTime();
      write(changes -> changes.loaded(graphs));
      long t3 = System.nanoTime();
      deleteMarker(bulkLoadMarker());
      return new BulkLoad(loader.countQuads(), graphs.size(), millis(t1 - t0), millis(t2 - t1), millis(t3 - t2));
    } finally {
      writeLock.unlock();
    }
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  /** The bulk load's marker, beside the write marker; null for a store in memory. */
  private Path bulkLoadMarker() {
    return writeMarker == null ? null : writeMarker.resolveSibling(BULK_LOAD_MARKER);
  }

  @Override
  public Set<String> deleteGraphs(Collection<String> graphNames) {
    Set<String> existed = new HashSet<>();
    write(
        changes -> {
          DatasetGraph recording = new RecordingDataset(withReserved, changes);
          for (String name : graphNames) {
            Node g = StoreSupport.graphNode(name);
            if (withReserved.contains(g, Node.ANY, Node.ANY, Node.ANY)) {
              existed.add(name);
              recording.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
          }
        });
    return existed;
  }

  @Override
  public boolean containsGraph(String graphName) {
    Node g = StoreSupport.graphNode(graphName);
    return read(() -> withReserved.contains(g, Node.ANY, Node.ANY, Node.ANY));
  }

  @Override
  public List<String> listGraphs() {
    return read(
        () -> {
          List<String> names = new ArrayList<>();
          Iterator<Node> it = dsg.listGraphNodes();
          while (it.hasNext()) {
            Node n = it.next();
            if (n.isURI() && !Iris.isReserved(n.getURI())) {
              names.add(n.getURI());
            }
          }
          names.sort(null);
          return names;
        });
  }

  @Override
  public Graph getGraph(String graphName) {
    Node g = StoreSupport.graphNode(graphName);
    return read(
        () -> {
          Graph copy = GraphFactory.createDefaultGraph();
          withReserved.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
          return copy;
        });
  }

  @Override
  public <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> handler) {
    return query(query, timeoutMillis, true, handler);
  }

  @Override
  public <T> T queryIncludingReserved(Query query, Function<QueryExecution, T> handler) {
    return query(query, 0, false, handler);
  }

  private <T> T query(Query query, long timeoutMillis, boolean hideReserved, Function<QueryExecution, T> handler) {
    return read(
        () -> {
          if (!hideReserved) {
            // The store's own query of its bookkeeping: by name, through the view that holds it.
            return StoreSupport.execute(QueryExecution.dataset(DatasetFactory.wrap(withReserved.forQueries())), query, timeoutMillis, handler);
          }
          if (!query.hasDatasetDescription()) {
            var execution = QueryExecution.dataset(dataset);
            ReservedGraphFilter filter = ReservedGraphFilter.of(legacyReservedGraphIds);
            if (filter != null) {
              execution.set(SystemTDB.symTupleFilter, filter);
            }
            return StoreSupport.execute(execution, query, timeoutMillis, handler);
          }
          // FROM and FROM NAMED (and the protocol's default-graph-uri and named-graph-uri, which
          // the api puts there) select graphs of this store; the query then runs over that view
          // instead of the union default graph.
          DatasetDescription graphs = withoutReserved(query.getDatasetDescription());
          // A description naming only reserved graphs names nothing: an empty dataset, where an
          // empty description would mean the whole store.
          DatasetGraph view = graphs.isEmpty() ? DatasetGraphFactory.empty() : DynamicDatasets.dynamicDataset(graphs, dsg, false);
          Query withoutFrom = query.cloneQuery();
          withoutFrom.getGraphURIs().clear();
          withoutFrom.getNamedGraphURIs().clear();
          return StoreSupport.execute(QueryExecution.dataset(DatasetFactory.wrap(view)), withoutFrom, timeoutMillis, handler);
        });
  }

  /**
   * The description without the reserved graphs and the stored default graph that holds them:
   * naming one in FROM or FROM NAMED selects nothing.
   */
  private static DatasetDescription withoutReserved(DatasetDescription d) {
    return new DatasetDescription(
        d.getDefaultGraphURIs().stream().filter(LocalDatasetStore::isData).toList(),
        d.getNamedGraphURIs().stream().filter(LocalDatasetStore::isData).toList());
  }

  private static boolean isData(String graph) {
    return !Iris.isReserved(graph) && !Quad.isDefaultGraph(NodeFactory.createURI(graph));
  }

  @Override
  public void update(UpdateRequest update, long timeoutMillis, long maxQuads) {
    // Jena's update time limit bounds the WHERE clauses; the bounded dataset bounds the writing
    // that follows, in time and in quads. Either limit throws inside the write transaction, which
    // then aborts, so nothing of the update stays.
    write(changes -> {
      DatasetGraph bounded = new BoundedUpdateDataset(new RecordingDataset(withReserved, changes), maxQuads, timeoutMillis);
      var execution = UpdateExecution.dataset(DatasetFactory.wrap(bounded)).update(update);
      if (timeoutMillis > 0) {
        execution.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
      }
      execution.execute();
    });
  }

  @Override
  public long size() {
    return read(
        () -> {
          long n = 0;
          Node graph = null;
          boolean reserved = false;
          Iterator<Quad> it = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
          while (it.hasNext()) {
            // The quads come graph by graph: one test per graph, not per quad.
            Node g = it.next().getGraph();
            if (!g.equals(graph)) {
              graph = g;
              reserved = g.isURI() && Iris.isReserved(g.getURI());
            }
            if (!reserved) {
              n++;
            }
          }
          return n;
        });
  }

  @Override
  public void exportQuads(StreamRDF sink) {
    read(
        () -> {
          sink.start();
          dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink::quad);
          sink.finish();
          return null;
        });
  }

  @Override
  public void importQuads(Consumer<StreamRDF> source) {
    write(
        changes -> {
          DatasetGraph recording = new RecordingDataset(withReserved, changes);
          source.accept(
              new StoreSupport.NamedGraphQuads() {
                @Override
                void accept(Quad quad) {
                  recording.add(quad);
                }
              });
        });
  }

  @Override
  public List<TextMatch> searchText(String text, int limit, long timeoutMillis) {
    // The index commits with the data, so a search after a write returns sees it.
    return TextIndexing.search(textIndex, text, limit, bySubject -> read(() -> {
      Map<String, Map<String, List<String>>> out = new HashMap<>();
      bySubject.forEach((subject, literals) -> {
        Map<String, List<String>> properties = new HashMap<>();
        Node s = NodeFactory.createURI(subject);
        for (TextIndexing.IndexedLiteral literal : literals) {
          // Graph, subject and literal bound, the property free: one range of an index whose
          // prefix is all three (GOSP, or OSPG for a blank graph), rather than a probe per property.
          Node g = literal.graph() == null || literal.graph().startsWith("_:") ? Node.ANY : NodeFactory.createURI(literal.graph());
          Iterator<Quad> found = base.find(g, s, Node.ANY, literal.node());
          while (found.hasNext()) {
            Node p = found.next().getPredicate();
            if (TextIndexing.INDEXED_PROPERTIES.contains(p)) {
              List<String> of = properties.computeIfAbsent(literal.lexical(), k -> new ArrayList<>());
              if (!of.contains(p.getURI())) {
                of.add(p.getURI());
              }
            }
          }
        }
        out.put(subject, properties);
      });
      return out;
    }));
  }

  /**
   * Runs {@code action} in a read transaction and ends it, whatever happens. A read transaction is
   * never aborted: Jena's abort of a read rolls the shared full-text index back, and read aborts
   * on several threads at once (clients that went away mid-result) leave a thread marked as still
   * in a transaction, failing every later write on that thread. For a read, end is all it needs.
   */
  private <T> T read(Supplier<T> action) {
    dsg.begin(TxnType.READ);
    try {
      return action.get();
    } finally {
      dsg.end();
    }
  }

  @Override
  public boolean addWriteHook(WriteHook hook) {
    hooks.add(hook);
    return true;
  }

  /**
   * Runs {@code action} in a write transaction, with the record of its changes to fill in, and
   * has every hook see those changes before the transaction commits.
   */
  private WriteChanges write(Consumer<WriteChanges> action) {
    writeLock.lock();
    try {
      return Txn.calculateWrite(
          dsg,
          () -> {
            createMarker(writeMarker);
            WriteChanges changes = new WriteChanges();
            changes.newNodes(NewNodes.since(base));
            action.accept(changes);
            // The hooks read and write through the view, where the journal is a graph by name.
            changes.finish(baseWithReserved);
            if (!changes.isEmpty()) {
              for (WriteHook hook : hooks) {
                hook.beforeCommit(changes, baseWithReserved);
              }
            }
            return changes;
          });
    } finally {
      // Reached after a commit or an abort: either way data and index agree again.
      deleteMarker(writeMarker);
      writeLock.unlock();
    }
  }

  private static void createMarker(Path marker) {
    if (marker == null || Files.exists(marker)) {
      return;
    }
    try {
      Files.createDirectories(marker.getParent());
      Files.createFile(marker);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + marker, e);
    }
  }

  private static void deleteMarker(Path marker) {
    if (marker == null) {
      return;
    }
    try {
      Files.deleteIfExists(marker);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + marker, e);
    }
  }

  @Override
  public Optional<Context> queryContext() {
    return Optional.of(dsg.getContext());
  }

  /** The full-text index, for tests that compare it with the data. */
  TextIndexLucene textIndex() {
    return textIndex;
  }

  /** True when queries run with {@link ReservedGraphFilter}: a store of an older version with a reserved graph a client named. */
  boolean hidesLegacyReservedGraphs() {
    return legacyReservedGraphIds.length > 0;
  }

  /** The directory deleted at close (a store in memory), or null; for tests. */
  Path scratch() {
    return scratch;
  }

  /** The dataset under the text-indexing wrapper, for tests that compare it with the index. */
  DatasetGraph base() {
    return base;
  }

  @Override
  public void close() {
    StoreThreads.shutdownAndAwait(textIndexer);
    textIndex.close();
    // Expel rather than close: TDB2 caches open databases per location, and a later open of the
    // same directory in this JVM must get a fresh, working connection.
    TDBInternal.expel(base);
    if (scratch != null) {
      ScratchDirectories.delete(scratch);
    }
  }
}
