package org.papergraph.api.index;

import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.papergraph.core.store.GraphStore;

/** The few ways the REST services read SELECT results. */
public final class Selects {
  private Selects() {}

  /** Runs a SELECT and hands each row to {@code each}, inside the read transaction. */
  public static void forEach(GraphStore store, Query query, Consumer<QuerySolution> each) {
    store.query(query, qe -> {
      qe.execSelect().forEachRemaining(each);
      return null;
    });
  }

  /** Runs a SELECT whose text has {@code ?name} bound to the IRI {@code iri}. */
  public static void forEach(GraphStore store, String text, String name, String iri, Consumer<QuerySolution> each) {
    ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
    pss.setIri(name, iri);
    forEach(store, pss.asQuery(), each);
  }

  /** A literal's lexical form; null for no value or a non-literal. */
  public static String lexical(RDFNode n) {
    return n == null || !n.isLiteral() ? null : n.asLiteral().getLexicalForm();
  }

  /** The lesser of two strings, where either may be null: a stable pick among several values of one property. */
  public static String least(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }

  /** A year from an xsd:gYear or any literal starting with four digits; null otherwise. */
  public static Integer year(RDFNode n) {
    String lex = lexical(n);
    return lex != null && lex.matches("\\d{4}.*") ? Integer.valueOf(lex.substring(0, 4)) : null;
  }
}
