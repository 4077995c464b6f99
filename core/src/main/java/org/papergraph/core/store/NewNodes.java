package org.papergraph.core.store;

import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which nodes a write brought into a TDB2 store. TDB2 appends a node it has never stored to its
 * node table's data file and gives it that offset as its id, so a node whose id lies at or past
 * the file's length when the write began was stored by the write: it was in no quad before it.
 * (A node stored earlier may be in no quad either; it is simply not known to be new.) Inline
 * nodes (numbers, dates, short strings TDB2 keeps in the id itself) are never known to be new.
 */
final class NewNodes {
  private NewNodes() {}

  /** For a write transaction on {@code base} that has not written yet; "never new" for a store that is not TDB2. */
  static Predicate<Node> since(DatasetGraph base) {
    if (!TDBInternal.isTDB2(base)) {
      return n -> false;
    }
    NodeTable nodes = TDBInternal.getDatasetGraphTDB(base).getQuadTable().getNodeTupleTable().getNodeTable();
    if (!(nodes.baseNodeTable() instanceof NodeTableTRDF stored)) {
      return n -> false;
    }
    long before = stored.getData().length();
    return n -> {
      NodeId id = nodes.getNodeIdForNode(n);
      return id != null && id.isPtr() && id.getPtrLocation() >= before;
    };
  }
}
