package org.papergraph.ingest.map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/** The few node and triple helpers every mapper writes with. */
final class RdfOut {
  private RdfOut() {}

  static void emit(StreamRDF out, Node s, Node p, Node o) {
    out.triple(Triple.create(s, p, o));
  }

  static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  static Node literal(String text) {
    return NodeFactory.createLiteralString(text);
  }
}
