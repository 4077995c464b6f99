package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * SPARQL updates rewritten into what Virtuoso 7 accepts, with the same effect.
 *
 * <ul>
 *   <li>Virtuoso's parser gives up ("SP030: memory exhausted") on a data block of about 5,000
 *       triples, so INSERT DATA and DELETE DATA go in blocks of {@link #DATA_BLOCK_QUADS}, all in
 *       the same request.
 *   <li>Virtuoso refuses blank nodes in INSERT DATA ("SP031: Blank node ... is not allowed in a
 *       constant clause"). The quads of one INSERT DATA that hold blank nodes become one {@code
 *       INSERT { ... } WHERE { }}, whose template makes each blank node once for the single
 *       solution, so a blank node shared by several of them stays one node.
 * </ul>
 */
final class VirtuosoUpdates {
  static final int DATA_BLOCK_QUADS = 1000;

  private VirtuosoUpdates() {}

  static UpdateRequest adapt(UpdateRequest request) {
    UpdateRequest out = new UpdateRequest();
    out.setPrefixMapping(request.getPrefixMapping());
    if (request.explicitlySetBaseURI()) {
      out.setBaseURI(request.getBaseURI());
    }
    for (Update u : request.getOperations()) {
      if (u instanceof UpdateDataInsert insert) {
        List<Quad> ground = new ArrayList<>();
        UpdateModify withBlankNodes = new UpdateModify();
        for (Quad q : insert.getQuads()) {
          if (hasBlankNode(q)) {
            withBlankNodes.getInsertAcc().addQuad(q);
          } else {
            ground.add(q);
          }
        }
        blocks(ground, out, true);
        if (!withBlankNodes.getInsertQuads().isEmpty()) {
          withBlankNodes.setHasInsertClause(true);
          withBlankNodes.setElement(new ElementGroup());
          out.add(withBlankNodes);
        }
      } else if (u instanceof UpdateDataDelete delete) {
        blocks(delete.getQuads(), out, false);
      } else {
        out.add(u);
      }
    }
    return out;
  }

  private static void blocks(List<Quad> quads, UpdateRequest out, boolean insert) {
    for (int from = 0; from < quads.size(); from += DATA_BLOCK_QUADS) {
      QuadDataAcc block = new QuadDataAcc();
      quads.subList(from, Math.min(quads.size(), from + DATA_BLOCK_QUADS)).forEach(block::addQuad);
      out.add(insert ? new UpdateDataInsert(block) : new UpdateDataDelete(block));
    }
  }

  private static boolean hasBlankNode(Quad q) {
    return q.getSubject().isBlank() || q.getObject().isBlank();
  }
}
