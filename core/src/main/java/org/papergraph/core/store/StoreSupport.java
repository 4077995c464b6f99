package org.papergraph.core.store;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** What the backends share. */
final class StoreSupport {
  private StoreSupport() {}

  static Node graphNode(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a graph name must be a non-empty IRI");
    }
    return NodeFactory.createURI(name);
  }

  /** Builds the execution with the time limit (0 for none) and hands it to the handler. */
  static <T> T execute(QueryExecutionBuilder builder, Query query, long timeoutMillis, Function<QueryExecution, T> handler) {
    builder = builder.query(query);
    if (timeoutMillis > 0) {
      builder = builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }
    try (QueryExecution qe = builder.build()) {
      return handler.apply(qe);
    }
  }

  /** A sink for an import: quads in named graphs go on, anything in the default graph is refused. */
  abstract static class NamedGraphQuads extends StreamRDFBase {
    abstract void accept(Quad quad);

    @Override
    public final void triple(Triple triple) {
      throw new IllegalArgumentException("a triple outside any named graph cannot be stored: " + triple);
    }

    @Override
    public final void quad(Quad quad) {
      if (quad.isDefaultGraph()) {
        triple(quad.asTriple());
      }
      accept(quad);
    }
  }
}
