package org.papergraph.ingest.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;

/**
 * The content hash a record graph carries ({@code pg:contentHash}): SHA-256 over the sorted lines
 * of a graph with no blank nodes, each triple written as {@link NodeFmtLib#str(Triple)} writes
 * it. Stores keep these hashes to tell an unchanged record from a changed one, so the lines must
 * not change: {@link #appendLine} writes the same characters, only faster.
 */
final class ContentHash {
  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
  private static final String RDF_LANG_STRING = RDF.dtLangString.getURI();

  private ContentHash() {}

  /** The hash of {@code g}, as lower-case hex. */
  static String of(Graph g) {
    List<String> lines = new ArrayList<>(g.size());
    StringBuilder line = new StringBuilder(256);
    g.find().forEachRemaining(t -> {
      line.setLength(0);
      appendLine(line, t);
      lines.add(line.toString());
    });
    lines.sort(null);
    MessageDigest md = sha256();
    for (String l : lines) {
      md.update(l.getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * Appends the triple as {@link NodeFmtLib#str(Triple)} writes it: its three nodes in Turtle
   * form, apart by one space. That formatter writes one character at a time through an indenting
   * writer, which made it most of the hash's cost; IRIs and strings, nearly all of a record, are
   * written here directly, and every other node by it.
   */
  static void appendLine(StringBuilder sb, Triple t) {
    appendNode(sb, t.getSubject());
    sb.append(' ');
    appendNode(sb, t.getPredicate());
    sb.append(' ');
    appendNode(sb, t.getObject());
  }

  private static void appendNode(StringBuilder sb, Node n) {
    if (n.isURI() && isPlainIri(n.getURI())) {
      sb.append('<').append(n.getURI()).append('>');
      return;
    }
    if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
      String datatype = n.getLiteralDatatypeURI();
      if (XSD_STRING.equals(datatype)) {
        appendQuoted(sb, n.getLiteralLexicalForm());
        return;
      }
      if (RDF_LANG_STRING.equals(datatype) && !n.getLiteralLanguage().isEmpty()) {
        appendQuoted(sb, n.getLiteralLexicalForm());
        sb.append('@').append(n.getLiteralLanguage());
        return;
      }
    }
    // Typed literals (Turtle abbreviates some), IRIs that need escapes, blank nodes.
    sb.append(NodeFmtLib.strTTL(n));
  }

  /** True when the formatter writes the IRI as it is: printable ASCII, none of the characters it escapes. */
  private static boolean isPlainIri(String iri) {
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= ' ' || c >= 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** A string in double quotes, with the escapes the formatter uses; every other character as it is. */
  private static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\f' -> sb.append("\\f");
        default -> sb.append(c);
      }
    }
    sb.append('"');
  }
}
