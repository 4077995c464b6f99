package org.papergraph.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDataDelete;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
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
 *       INSERT { ... } WHERE { }} per graph, whose template makes each blank node once for the
 *       single solution, so a blank node shared by several triples of a graph stays one node.
 *   <li>Virtuoso refuses a request whose text passes about 10 MB ("SR578: The expected result
 *       length of string concatenation is too large"), so the operations are sent in requests of
 *       at most about {@link #REQUEST_CHARS} characters of data. This gives up nothing: Virtuoso
 *       runs the operations of one request one by one, not in one transaction, anyway.
 *   <li>Replacing record graphs with a {@code DROP SILENT GRAPH} before each graph's data cost
 *       Virtuoso 7.2 about five times the CPU of the same data sent after one {@code DELETE}
 *       for all the graphs of the request (bench/RESULTS.md, "Faster writes into Virtuoso"), so
 *       {@link #replaceGraphs} sends that one {@code DELETE}, then the data of every graph of
 *       the request together in blocks.
 * </ul>
 */
final class VirtuosoUpdates {
  static final int DATA_BLOCK_QUADS = 1000;
  static final long REQUEST_CHARS = 2_000_000;

  private VirtuosoUpdates() {}

  private static final Var G = Var.alloc("g");
  private static final Var S = Var.alloc("s");
  private static final Var P = Var.alloc("p");
  private static final Var O = Var.alloc("o");

  /** {@code request} as the requests to send Virtuoso, one after the other. */
  static List<UpdateRequest> requests(UpdateRequest request) {
    return split(adapt(request), request);
  }

  /**
   * Each of {@code graphs} replaced whole (an empty graph: deleted), as the requests to send
   * Virtuoso one after the other. Each request holds whole graphs, as many as fit in about {@link
   * #REQUEST_CHARS}: one {@code DELETE} of everything in them, then their triples, those without
   * blank nodes in blocks of {@link #DATA_BLOCK_QUADS} across graphs, those with blank nodes in
   * one template per graph. Only a graph too large for one request is spread over several, its
   * delete first.
   */
  static List<UpdateRequest> replaceGraphs(Map<Node, Graph> graphs) {
    List<UpdateRequest> out = new ArrayList<>();
    List<Node> names = new ArrayList<>();
    QuadDataAcc data = new QuadDataAcc();
    long chars = 0;
    for (Map.Entry<Node, Graph> e : graphs.entrySet()) {
      long size = length(e.getKey()) + 10;
      List<Quad> quads = new ArrayList<>();
      for (Triple t : e.getValue().find().toList()) {
        Quad q = Quad.create(e.getKey(), t);
        quads.add(q);
        size += length(q);
      }
      if (!names.isEmpty() && chars + size > REQUEST_CHARS) {
        out.addAll(replacement(names, data));
        names = new ArrayList<>();
        data = new QuadDataAcc();
        chars = 0;
      }
      names.add(e.getKey());
      quads.forEach(data::addQuad);
      chars += size;
    }
    if (!names.isEmpty()) {
      out.addAll(replacement(names, data));
    }
    return out;
  }

  private static List<UpdateRequest> replacement(List<Node> names, QuadDataAcc data) {
    UpdateRequest request = new UpdateRequest(deleteAll(names));
    if (!data.getQuads().isEmpty()) {
      request.add(new UpdateDataInsert(data));
    }
    return requests(request);
  }

  /** {@code DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { VALUES ?g { names } GRAPH ?g { ?s ?p ?o } }}. */
  private static UpdateModify deleteAll(List<Node> names) {
    ElementData values = new ElementData();
    values.add(G);
    names.forEach(name -> values.add(BindingFactory.binding(G, name)));
    ElementTriplesBlock any = new ElementTriplesBlock();
    any.addTriple(Triple.create(S, P, O));
    ElementGroup where = new ElementGroup();
    where.addElement(values);
    where.addElement(new ElementNamedGraph(G, any));
    UpdateModify delete = new UpdateModify();
    delete.getDeleteAcc().addQuad(Quad.create(G, S, P, O));
    delete.setHasDeleteClause(true);
    delete.setElement(where);
    return delete;
  }

  /** The operations of {@code adapted} in requests of about {@link #REQUEST_CHARS} at most. */
  private static List<UpdateRequest> split(UpdateRequest adapted, UpdateRequest request) {
    List<UpdateRequest> out = new ArrayList<>();
    UpdateRequest current = null;
    long chars = 0;
    for (Update u : adapted.getOperations()) {
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
    if (u instanceof UpdateModify modify && modify.getWherePattern() instanceof ElementGroup where) {
      for (var element : where.getElements()) {
        if (element instanceof ElementData values) {
          n += values.getRows().size() * 100L;
        }
      }
    }
    for (Quad q : quads) {
      n += length(q);
    }
    return n;
  }

  private static long length(Quad q) {
    return length(q.getGraph()) + length(q.getSubject()) + length(q.getPredicate()) + length(q.getObject()) + 10;
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
        // One template per graph: Virtuoso 7.2 inserts a template of several GRAPH blocks but
        // then fails the request (SR002, in the message it writes about the insert).
        Map<Node, UpdateModify> withBlankNodes = new LinkedHashMap<>();
        for (Quad q : insert.getQuads()) {
          if (hasBlankNode(q)) {
            withBlankNodes.computeIfAbsent(q.getGraph(), g -> new UpdateModify()).getInsertAcc().addQuad(q);
          } else {
            ground.add(q);
          }
        }
        blocks(ground, out, true);
        for (UpdateModify template : withBlankNodes.values()) {
          template.setHasInsertClause(true);
          template.setElement(new ElementGroup());
          out.add(template);
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
