package org.papergraph.core.store;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateClear;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL updates with every write to the default graph sent to one named graph instead.
 *
 * <p>Queries see the union of the named graphs as their default graph, so a triple written to the
 * stored default graph would be invisible to them. Here the default graph of a write is a named
 * graph like any other: INSERT DATA and DELETE DATA without {@code GRAPH}, the templates of
 * INSERT/DELETE … WHERE without {@code WITH}, DELETE WHERE, CLEAR/DROP DEFAULT, LOAD without
 * {@code INTO}, and DEFAULT as either side of ADD, COPY and MOVE all name that graph. The WHERE
 * clause of an update still matches the union, as a query does; {@code WITH} and {@code USING}
 * keep their meaning. CLEAR/DROP NAMED and ALL reach that graph too, since it is a named graph.
 */
public final class DefaultGraphWrites {
  private DefaultGraphWrites() {}

  /** {@code request} with its writes to the default graph sent to {@code graphIri}. */
  public static UpdateRequest into(String graphIri, UpdateRequest request) {
    Node graph = NodeFactory.createURI(graphIri);
    UpdateRequest out = new UpdateRequest();
    if (request.explicitlySetBaseURI()) {
      out.setBase(request.getBase());
    }
    out.setPrefixMapping(request.getPrefixMapping());
    for (Update u : request.getOperations()) {
      out.add(redirect(u, graph));
    }
    return out;
  }

  private static Update redirect(Update u, Node graph) {
    if (u instanceof UpdateDataInsert insert) {
      return new UpdateDataInsert(dataIn(insert.getQuads(), graph));
    }
    if (u instanceof UpdateDataDelete delete) {
      return new UpdateDataDelete(dataIn(delete.getQuads(), graph));
    }
    if (u instanceof UpdateDeleteWhere deleteWhere) {
      return new UpdateDeleteWhere(new QuadAcc(quadsIn(deleteWhere.getQuads(), graph)));
    }
    if (u instanceof UpdateModify modify && modify.getWithIRI() == null) {
      UpdateModify copy = new UpdateModify();
      quadsIn(modify.getDeleteQuads(), graph).forEach(copy.getDeleteAcc()::addQuad);
      quadsIn(modify.getInsertQuads(), graph).forEach(copy.getInsertAcc()::addQuad);
      copy.setHasDeleteClause(modify.hasDeleteClause());
      copy.setHasInsertClause(modify.hasInsertClause());
      modify.getUsing().forEach(copy::addUsing);
      modify.getUsingNamed().forEach(copy::addUsingNamed);
      copy.setElement(modify.getWherePattern());
      return copy;
    }
    if (u instanceof UpdateDropClear dc && dc.isDefault()) {
      return dc instanceof UpdateDrop ? new UpdateDrop(graph, dc.isSilent()) : new UpdateClear(graph, dc.isSilent());
    }
    if (u instanceof UpdateLoad load && (load.getDest() == null || Quad.isDefaultGraph(load.getDest()))) {
      return new UpdateLoad(load.getSource(), graph, load.isSilent());
    }
    if (u instanceof UpdateBinaryOp op && (op.getSrc().isDefault() || op.getDest().isDefault())) {
      Target src = op.getSrc().isDefault() ? Target.create(graph) : op.getSrc();
      Target dest = op.getDest().isDefault() ? Target.create(graph) : op.getDest();
      if (op instanceof UpdateMove) {
        return new UpdateMove(src, dest, op.isSilent());
      }
      return op instanceof UpdateCopy ? new UpdateCopy(src, dest, op.isSilent()) : new UpdateAdd(src, dest, op.isSilent());
    }
    return u;
  }

  private static QuadDataAcc dataIn(List<Quad> quads, Node graph) {
    return new QuadDataAcc(quadsIn(quads, graph));
  }

  private static List<Quad> quadsIn(List<Quad> quads, Node graph) {
    return quads.stream().map(q -> q.isDefaultGraph() ? Quad.create(graph, q.asTriple()) : q).toList();
  }
}
