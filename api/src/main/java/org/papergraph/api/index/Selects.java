package org.papergraph.api.index;

import org.apache.jena.rdf.model.RDFNode;

/** The few ways the REST services read values from SELECT results ({@link ViewQueries} runs them). */
public final class Selects {
  private Selects() {}

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
