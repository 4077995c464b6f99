package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
 * union default graph nor found by {@code GRAPH ?g}. Fuseki's per-graph access control works the
 * same way.
 *
 * <p>The filter runs on every quad a query reads, so it compares node ids only: the store keeps
 * the ids of its reserved graphs (a handful) and the filter checks a quad's graph against them.
 * A map from graph id to an answer, looked up per quad, cost a fifth of the throughput of
 * whole-graph aggregates.
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

  /** The ids of the reserved graphs of {@code dataset}, read from its graph list: for a store being opened. */
  static NodeId[] reservedIds(DatasetGraph dataset) {
    List<String> names = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(g -> {
      if (g.isURI() && Iris.isReserved(g.getURI())) {
        names.add(g.getURI());
      }
    });
    return withIds(dataset, new NodeId[0], names);
  }

  /** The reserved graphs the store writes itself, which a write's own record of changes does not name. */
  private static final List<String> OWN = List.of(Iris.FEED_GRAPH, Iris.SYNC_GRAPH);

  /**
   * {@code known} and the ids of the store's own reserved graphs and of those of {@code graphs}
   * that are reserved, where {@code dataset}'s node table has one, inside a transaction on it.
   */
  static NodeId[] withIds(DatasetGraph dataset, NodeId[] known, Collection<String> graphs) {
    NodeTable nodes = TDBInternal.getDatasetGraphTDB(dataset).getQuadTable().getNodeTupleTable().getNodeTable();
    List<NodeId> out = new ArrayList<>(List.of(known));
    for (Collection<String> names : List.of(OWN, graphs)) {
      for (String graph : names) {
        if (!Iris.isReserved(graph)) {
          continue;
        }
        Node node = NodeFactory.createURI(graph);
        NodeId id = nodes.getNodeIdForNode(node);
        if (!NodeId.isDoesNotExist(id) && !out.contains(id)) {
          out.add(id);
        }
      }
    }
    return out.size() == known.length ? known : out.toArray(NodeId[]::new);
  }
}
