package org.papergraph.api.graphstore;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import org.papergraph.api.web.BadRequestException;

/** The graph a Graph Store request is about: the default graph or one named graph. */
record GraphTarget(String name) {
  static final String PATH = "/graph-store";

  static GraphTarget named(String name) {
    return new GraphTarget(name);
  }

  static GraphTarget defaultGraph() {
    return new GraphTarget(null);
  }

  boolean isDefault() {
    return name == null;
  }

  String describe() {
    return isDefault() ? "default graph" : "<" + name + ">";
  }

  /** The base for relative IRIs in a body sent to this graph. */
  String baseIri(HttpServletRequest request) {
    return isDefault() ? endpoint(request) : name;
  }

  static String endpoint(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    int at = url.indexOf(PATH, url.indexOf("//") + 2);
    return url.substring(0, at + PATH.length());
  }

  /**
   * Identifies the graph of a request.
   *
   * @param required whether a request to the bare endpoint without {@code graph} or
   *     {@code default} is an error (it is not for POST, which then creates a graph)
   * @return the target, or null when none is named and none is required
   */
  static GraphTarget of(HttpServletRequest request, boolean required) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean direct = path.length() > PATH.length() + 1;
    String[] graph = request.getParameterValues("graph");
    boolean dflt = request.getParameterMap().containsKey("default");
    if (direct) {
      if (graph != null || dflt) {
        throw new BadRequestException("a graph named by its URL takes no 'graph' or 'default' parameter");
      }
      return named(request.getRequestURL().toString());
    }
    if (graph != null && dflt) {
      throw new BadRequestException("give either the 'graph' or the 'default' parameter, not both");
    }
    if (dflt) {
      return defaultGraph();
    }
    if (graph == null) {
      if (required) {
        throw new BadRequestException("name the graph with ?graph=IRI or ?default, or by a URL under " + PATH + "/");
      }
      return null;
    }
    if (graph.length > 1) {
      throw new BadRequestException("the 'graph' parameter was given " + graph.length + " times; give it once");
    }
    return named(absolute(graph[0]));
  }

  private static String absolute(String iri) {
    try {
      URI uri = new URI(iri);
      if (uri.isAbsolute()) {
        return iri;
      }
    } catch (URISyntaxException e) {
      throw new BadRequestException("the 'graph' parameter is not an IRI: " + e.getMessage());
    }
    throw new BadRequestException("the 'graph' parameter must be an absolute IRI, not '" + iri + "'");
  }
}
