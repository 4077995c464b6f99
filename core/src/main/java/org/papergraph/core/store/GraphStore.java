package org.papergraph.core.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.update.UpdateRequest;

/**
 * The graph store: a set of named graphs whose union is the default graph of every query.
 *
 * <p>Every method runs in its own transaction, or the backend's nearest equivalent; callers
 * never see half of a write. Nothing is kept in the stored default graph: all data lives in
 * named graphs, one per record or reference source; a client's writes to the default graph are
 * sent to a named graph of their own before they reach the store ({@link DefaultGraphWrites}).
 */
public interface GraphStore extends AutoCloseable {

  /** Which backend this is. */
  StoreKind kind();

  /**
   * Replaces each named graph whole with the given triples, all in one transaction.
   *
   * @return the names among them that held triples before the call
   */
  Set<String> replaceGraphs(Map<String, Graph> graphs);

  /** Replaces one named graph whole; true when it held triples before. */
  default boolean replaceGraph(String graphName, Graph content) {
    return !replaceGraphs(Map.of(graphName, content)).isEmpty();
  }

  /** Drops the named graphs, all in one transaction; returns those that existed. */
  Set<String> deleteGraphs(Collection<String> graphNames);

  /** True when the named graph holds at least one triple. */
  boolean containsGraph(String graphName);

  /**
   * The names of all non-empty named graphs, sorted, without the reserved graphs of the store's
   * own bookkeeping ({@link org.papergraph.core.Iris#isReserved}), which {@link #containsGraph}
   * and {@link #getGraph} still read by name.
   */
  List<String> listGraphs();

  /** A copy of one named graph (empty when it does not exist). */
  Graph getGraph(String graphName);

  /**
   * Runs a query in a read transaction and hands the execution to {@code handler}, which must
   * consume the results before it returns. On a local store the query does not see the reserved
   * graphs ({@link org.papergraph.core.Iris#isReserved}): they are neither in the union default
   * graph nor found by {@code GRAPH}, {@code FROM} or {@code FROM NAMED}; a remote store runs the
   * query as it is.
   *
   * @param timeoutMillis overall time limit, or 0 for none
   */
  <T> T query(Query query, long timeoutMillis, Function<QueryExecution, T> handler);

  /**
   * Runs a query that sees the reserved graphs too: for the code that keeps them (the change
   * feed reading its journal), never for a client's query.
   */
  default <T> T queryIncludingReserved(Query query, Function<QueryExecution, T> handler) {
    return query(query, 0, handler);
  }

  default <T> T query(Query query, Function<QueryExecution, T> handler) {
    return query(query, 0, handler);
  }

  /** Runs a SPARQL update in one write transaction. */
  default void update(UpdateRequest update) {
    update(update, 0);
  }

  /**
   * Runs a SPARQL update in one write transaction, stopped when it runs longer than
   * {@code timeoutMillis} (0 for no limit); a stopped update writes nothing.
   *
   * @throws org.apache.jena.query.QueryCancelledException when it ran out of time
   */
  default void update(UpdateRequest update, long timeoutMillis) {
    update(update, timeoutMillis, 0);
  }

  /**
   * Runs a SPARQL update in one write transaction, stopped when it runs longer than
   * {@code timeoutMillis} or inserts and deletes more than {@code maxQuads} quads (0 for no
   * limit, each); a stopped update writes nothing. A remote store applies its own limits instead.
   *
   * @throws org.apache.jena.query.QueryCancelledException when it ran out of time
   * @throws UpdateTooLargeException when it would change more quads than it may
   */
  void update(UpdateRequest update, long timeoutMillis, long maxQuads);

  /** The number of quads in all named graphs. */
  long size();

  /** Sends every quad of every named graph to {@code sink}, in one read transaction. */
  void exportQuads(StreamRDF sink);

  /**
   * Adds the quads that {@code source} emits to the store's named graphs (triples outside a
   * named graph are refused), in one write transaction where the backend has one.
   */
  void importQuads(Consumer<StreamRDF> source);

  /**
   * True when this store can take {@link #bulkLoad}: a store in this process on TDB2 (on disk or
   * in memory).
   */
  default boolean supportsBulkLoad() {
    return false;
  }

  /**
   * Adds the quads {@code source} emits through TDB2's own parallel loader, for loads too large
   * for transactions of the normal size: every graph it names must be new to the store (the
   * loader adds; it never replaces), and triples outside a named graph are refused.
   *
   * <p>The loader takes the store for itself and writes its indexes directly, without a
   * transaction: while it runs, nothing else reads or writes, and a process killed during the
   * load leaves an incomplete store, which is then refused at its next open with a message
   * saying so (see {@link BulkLoadInterruptedException}). The literals of the loaded quads are
   * added to the full-text index as the quads go to the loader, on a thread of its own, and the
   * index commits once the loader has finished. Then the write hooks see every loaded graph as
   * created, its triples not known, in one write transaction: the change feed journals one event
   * per graph, whose patch is the graph's content (a create's patch is deferred to it), and the VoID statistics add what their {@link
   * WriteHook#bulkLoadObserver} tallied of the quads.
   *
   * @return the number of quads loaded
   * @throws UnsupportedOperationException when {@link #supportsBulkLoad} is false
   */
  default BulkLoad bulkLoad(Consumer<StreamRDF> source) {
    throw new UnsupportedOperationException("a " + kind().name().toLowerCase(java.util.Locale.ROOT) + " store cannot take a bulk load");
  }

  /**
   * What one {@link #bulkLoad} did, with the time of each of its three steps.
   *
   * @param quads the quads the loader added
   * @param graphs the named graphs they were in
   * @param loadMillis the loader's time, the full-text indexing beside it included
   * @param textIndexMillis the full-text indexing left after the loader finished, and the index's commit
   * @param hooksMillis the write of the hooks (change feed, VoID statistics)
   */
  record BulkLoad(long quads, long graphs, long loadMillis, long textIndexMillis, long hooksMillis) {}

  /**
   * Full-text search over titles, abstracts and the labels of topics and venues: the subjects
   * having one literal that contains every word of {@code text}, each once with its best score,
   * best first, at most {@code limit}. {@code text} is plain words, never a query language (but
   * a word ending in {@code *} stands for any word it begins): the local stores split it as their
   * Lucene analyzer does and match whole words, case-insensitively, in the same index as
   * {@code text:query} in SPARQL (where AND is the default operator too); a remote store asks
   * the server's own index where it is told there is one ({@link RemoteTextSearch}: whole words,
   * best first, by the server's score), and otherwise scans for each word as a case-insensitive
   * substring of the literal and returns the first {@code limit} subjects it finds.
   *
   * @param timeoutMillis a limit for a search by scan, or 0 for none (an index search is not
   *     limited)
   * @throws org.apache.jena.query.QueryCancelledException when a search by scan ran out of time
   */
  List<TextMatch> searchText(String text, int limit, long timeoutMillis);

  default List<TextMatch> searchText(String text, int limit) {
    return searchText(text, limit, 0);
  }

  /**
   * Has {@code hook} see every write that changes something, inside the write's transaction,
   * before it commits (hooks run in the order they were added).
   *
   * @return false when this backend cannot run hooks in its transactions (a remote store, whose
   *     transactions run on the server), in which case the hook is not added
   */
  default boolean addWriteHook(WriteHook hook) {
    return false;
  }

  @Override
  void close();

  /**
   * The context every query on this store runs with, where extensions find what they need (the
   * paper vectors of {@code pg:similarTo}); empty for a store whose queries run elsewhere.
   */
  default Optional<Context> queryContext() {
    return Optional.empty();
  }
}
