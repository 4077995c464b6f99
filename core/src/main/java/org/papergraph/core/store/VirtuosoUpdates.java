package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateData;
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
 *   <li>Virtuoso refuses a request whose text passes about 10 MB ("SR578: The expected result
 *       length of string concatenation is too large"), so the operations are sent in requests of
 *       at most about {@link #REQUEST_CHARS} characters of data. This gives up nothing: Virtuoso
 *       runs the operations of one request one by one, not in one transaction, anyway.
 * </ul>
 */
final class VirtuosoUpdates {
  static final int DATA_BLOCK_QUADS = 1000;
  static final long REQUEST_CHARS = 2_000_000;

  private VirtuosoUpdates() {}

  /** {@code request} as the requests to send Virtuoso, one after the other. */
  static List<UpdateRequest> requests(UpdateRequest request) {
    List<UpdateRequest> out = new ArrayList<>();
    UpdateRequest current = null;
    long chars = 0;
    for (Update u : adapt(request).getOperations()) {
      long size = size(u);
      if (current == null || (chars > 0 && chars + size > REQUEST_CHARS)) {
        current = new UpdateRequest();
        current.setPrefixMapping(request.getPrefixMapping());
        if (request.explicitlySetBaseURI()) {
          current.setBaseURI(request.getBaseURI());
        }
        out.add(current);
        chars = 0;
      }
      current.add(u);
      chars += size;
    }
    return out;
  }

  /** About how many characters of data an operation carries. */
  private static long size(Update u) {
    List<Quad> quads = u instanceof UpdateData data ? data.getQuads()
        : u instanceof UpdateModify modify ? modify.getInsertQuads() : List.of();
    long n = 100;
    for (Quad q : quads) {
      n += length(q.getGraph()) + length(q.getSubject()) + length(q.getPredicate()) + length(q.getObject()) + 10;
    }
    return n;
  }

  private static long length(Node node) {
    return node.isLiteral() ? node.getLiteralLexicalForm().length() + node.getLiteralDatatypeURI().length() + 8
        : node.isURI() ? node.getURI().length() + 2 : 20;
  }

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
