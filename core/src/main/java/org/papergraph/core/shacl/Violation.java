package org.papergraph.core.shacl;

/**
 * One SHACL result of severity violation.
 *
 * @param graph the named graph that was validated, or null for a graph not yet stored
 * @param focusNode the node that fails, in N-Triples form
 * @param path the property path, in SPARQL form, or null for a node constraint
 * @param value the offending value, in N-Triples form, or null when there is none
 * @param message what is wrong
 */
public record Violation(String graph, String focusNode, String path, String value, String message) {

  /** One line for people: {@code <focus> <path> "value": message}. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    if (graph != null) {
      sb.append("in <").append(graph).append("> ");
    }
    sb.append(focusNode);
    if (path != null) {
      sb.append(' ').append(path);
    }
    if (value != null) {
      sb.append(" = ").append(value);
    }
    return sb.append(": ").append(message).toString();
  }
}
