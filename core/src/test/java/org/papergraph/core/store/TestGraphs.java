package org.papergraph.core.store;

import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Small graphs written in Turtle, for store tests. */
final class TestGraphs {
  static final String PREFIXES =
      "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
          + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          + "PREFIX schema: <https://schema.org/>\n"
          + "PREFIX ex: <http://example.org/>\n";

  private TestGraphs() {}

  static Graph turtle(String body) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.create().source(new StringReader(PREFIXES + body)).lang(Lang.TURTLE).parse(g);
    return g;
  }
}
