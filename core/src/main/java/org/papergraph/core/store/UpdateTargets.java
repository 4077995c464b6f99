package org.papergraph.core.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * The named graphs a SPARQL update can write, read off its operations without running it, where
 * that is possible.
 */
final class UpdateTargets {
  private UpdateTargets() {}

  /**
   * The graphs {@code request} may change, or null when they cannot be told from the text: a
   * template that names its graph by a variable, a write to the default graph (which, on a store
   * whose default graph is the union, may land anywhere), CLEAR ALL and the like.
   */
  static Set<String> graphs(UpdateRequest request) {
    Set<String> out = new LinkedHashSet<>();
    for (Update u : request.getOperations()) {
      if (!add(u, out)) {
        return null;
      }
    }
    return out;
  }

  private static boolean add(Update u, Set<String> out) {
    if (u instanceof UpdateData data) {
      return addQuads(data.getQuads(), null, out);
    }
    if (u instanceof UpdateDeleteWhere deleteWhere) {
      return addQuads(deleteWhere.getQuads(), null, out);
    }
    if (u instanceof UpdateModify modify) {
      Node with = modify.getWithIRI();
      return addQuads(modify.getDeleteQuads(), with, out) && addQuads(modify.getInsertQuads(), with, out);
    }
    if (u instanceof UpdateDropClear dc) {
      return dc.isOneGraph() && addGraph(dc.getGraph(), out);
    }
    if (u instanceof UpdateCreate create) {
      return addGraph(create.getGraph(), out);
    }
    if (u instanceof UpdateLoad load) {
      return load.getDest() != null && addGraph(load.getDest(), out);
    }
    if (u instanceof UpdateBinaryOp op) {
      // ADD and COPY write the target; MOVE empties the source too.
      boolean dest = op.getDest().isOneNamedGraph() && addGraph(op.getDest().getGraph(), out);
      if (op instanceof UpdateMove) {
        return dest && op.getSrc().isOneNamedGraph() && addGraph(op.getSrc().getGraph(), out);
      }
      return dest;
    }
    return false;
  }

  private static boolean addQuads(List<Quad> quads, Node with, Set<String> out) {
    for (Quad q : quads) {
      Node g = q.isDefaultGraph() ? with : q.getGraph();
      if (!addGraph(g, out)) {
        return false;
      }
    }
    return true;
  }

  private static boolean addGraph(Node g, Set<String> out) {
    if (g == null || !g.isURI() || Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) {
      return false;
    }
    out.add(g.getURI());
    return true;
  }
}
