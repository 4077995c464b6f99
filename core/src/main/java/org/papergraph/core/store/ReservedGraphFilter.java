package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.core.Iris;

/**
 * Hides reserved graphs ({@link Iris#RESERVED_PREFIX}) that a store keeps as named graphs from a
 * query on a TDB2 dataset, as TDB2's tuple filter ({@link SystemTDB#symTupleFilter}): TDB2 applies
 * it to every quad its indexes yield, so those graphs are neither in the union default graph nor
 * found by {@code GRAPH ?g}.
 *
 * <p>Only for stores written by older versions: the store's own bookkeeping now lives in the
 * stored default graph ({@link ReservedGraphView}), where no query reaches it, and reserved names
 * can no longer be written; at open, a store moves its journal and sync state there. What an older
 * version let a client write under a reserved name stays a named graph, and is hidden by this
 * filter. A filter on every quad costs whole-graph aggregates about a fifth of their throughput,
 * so a store with no such graph runs its queries without one.
 */
final class ReservedGraphFilter implements Predicate<Tuple<NodeId>> {
  private final NodeId[] reserved;

  private ReservedGraphFilter(NodeId[] reserved) {
    this.reserved = reserved;
  }

  /** The filter for these reserved graph ids; null when there are none, and nothing to hide. */
  static ReservedGraphFilter of(NodeId[] reserved) {
    return reserved.length == 0 ? null : new ReservedGraphFilter(reserved);
  }

  /** True for a triple (the stored default graph, where nothing is kept) or a quad outside the reserved graphs. */
  @Override
  public boolean test(Tuple<NodeId> tuple) {
    if (tuple.len() != 4) {
      return true;
    }
    NodeId g = tuple.get(0);
    for (NodeId r : reserved) {
      if (r.equals(g)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ids of the reserved graphs {@code dataset} keeps as named graphs, read from its graph
   * list inside a transaction on it: none, unless a store written by an older version holds a
   * reserved graph that a client named.
   */
  static NodeId[] reservedIds(DatasetGraph dataset) {
    NodeTable nodes = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable().getNodeTable();
    List<NodeId> ids = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(g -> {
      if (g.isURI() && Iris.isReserved(g.getURI())) {
        ids.add(nodes.getNodeIdForNode(g));
      }
    });
    return ids.toArray(NodeId[]::new);
  }
}
