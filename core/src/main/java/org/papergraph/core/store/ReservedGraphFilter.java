package org.papergraph.core.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.papergraph.core.Iris;

/**
 * Hides the reserved graphs ({@link Iris#RESERVED_PREFIX}: the change feed's journal, the sync
 * state) from a query on a TDB2 dataset, as TDB2's tuple filter ({@link SystemTDB#symTupleFilter}):
 * TDB2 applies it to every quad its indexes yield, so the reserved graphs are neither in the
 * union default graph nor found by {@code GRAPH ?g}, at the cost of one map lookup per quad read.
 * Fuseki's per-graph access control works the same way.
 *
 * <p>One filter serves one query execution (it is not thread-safe): it learns, graph by graph,
 * whether a graph's node id is reserved, so the node table is asked once per graph.
 */
final class ReservedGraphFilter implements Predicate<Tuple<NodeId>> {
  private final NodeTable nodes;
  private final Map<NodeId, Boolean> reserved = new HashMap<>();

  private ReservedGraphFilter(NodeTable nodes) {
    this.nodes = nodes;
  }

  /** A filter for a query on {@code dataset}, which must be a TDB2 dataset (on disk or in memory). */
  static ReservedGraphFilter of(DatasetGraph dataset) {
    return new ReservedGraphFilter(TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable().getNodeTable());
  }

  /** True for a triple (the stored default graph, where nothing is kept) or a quad outside the reserved graphs. */
  @Override
  public boolean test(Tuple<NodeId> tuple) {
    if (tuple.len() != 4) {
      return true;
    }
    return !reserved.computeIfAbsent(tuple.get(0), id -> {
      Node g = nodes.getNodeForNodeId(id);
      return g != null && g.isURI() && Iris.isReserved(g.getURI());
    });
  }
}
