package org.papergraph.api.sparql;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.ResultFormat;
import org.papergraph.api.web.UnsupportedMediaTypeException;
import org.springframework.http.MediaType;

/** The request rules of the SPARQL 1.1 Protocol, apart from HTTP routing. */
final class SparqlProtocol {
  static final String SPARQL_QUERY = "application/sparql-query";
  static final String SPARQL_UPDATE = "application/sparql-update";

  private SparqlProtocol() {}

  /** All values of a request parameter, or null when it is absent. */
  static List<String> values(HttpServletRequest request, String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? null : List.of(values);
  }

  /** The one value of a parameter the protocol allows only once. */
  static String single(String name, List<String> values) {
    if (values.size() != 1) {
      throw new BadRequestException("the '" + name + "' parameter was given " + values.size() + " times; give it once");
    }
    return values.get(0);
  }

  /** A direct POST body, which the protocol requires to be UTF-8. */
  static String utf8Body(byte[] body, String contentType) {
    String charset = MediaType.parseMediaType(contentType).getParameter("charset");
    if (charset != null && !charset.replace("\"", "").equalsIgnoreCase("utf-8")) {
      throw new UnsupportedMediaTypeException("the body must be UTF-8; charset " + charset + " is not accepted");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestException("the body is not valid UTF-8: " + e.getMessage());
    }
  }

  /** The endpoint's own URL: the base for relative IRIs and the sd:endpoint. */
  static String endpoint(HttpServletRequest request) {
    return request.getRequestURL().toString();
  }

  /**
   * Parses a query and applies the protocol's dataset: {@code default-graph-uri} and
   * {@code named-graph-uri}, when given, replace the query's own FROM and FROM NAMED.
   */
  static Query parseQuery(String text, String base, List<String> defaultGraphs, List<String> namedGraphs) {
    Query query = QueryFactory.create(text, base, Syntax.syntaxSPARQL_11);
    RemoteAccessCheck.check(query);
    boolean protocolDataset = defaultGraphs != null || namedGraphs != null;
    if (protocolDataset) {
      query.getGraphURIs().clear();
      query.getNamedGraphURIs().clear();
      nullToEmpty(defaultGraphs).forEach(query::addGraphURI);
      nullToEmpty(namedGraphs).forEach(query::addNamedGraphURI);
    }
    return query;
  }

  /**
   * Parses an update and applies {@code using-graph-uri} and {@code using-named-graph-uri} to
   * each operation with a WHERE clause. An operation that names its own dataset (USING, USING
   * NAMED or WITH) as well is an error, as the protocol says.
   */
  static UpdateRequest parseUpdate(String text, String base, List<String> usingGraphs, List<String> usingNamedGraphs) {
    UpdateRequest request = UpdateFactory.create(text, base, Syntax.syntaxSPARQL_11);
    RemoteAccessCheck.check(request);
    if (usingGraphs == null && usingNamedGraphs == null) {
      return request;
    }
    for (Update op : request.getOperations()) {
      if (op instanceof UpdateWithUsing u) {
        if (!u.getUsing().isEmpty() || !u.getUsingNamed().isEmpty() || u.getWithIRI() != null) {
          throw new BadRequestException(
              "the update names its dataset with USING or WITH and the request gives using-graph-uri or using-named-graph-uri; give one of them");
        }
        nullToEmpty(usingGraphs).stream().map(SparqlProtocol::iri).forEach(u::addUsing);
        nullToEmpty(usingNamedGraphs).stream().map(SparqlProtocol::iri).forEach(u::addUsingNamed);
      }
    }
    return request;
  }

  /** The formats a query's results can be given in. */
  static List<Lang> offersFor(Query query) {
    return query.isSelectType() || query.isAskType() ? ResultFormat.TABULAR : ResultFormat.GRAPH;
  }

  /** The client's {@code timeout} parameter in seconds (as Fuseki takes it), or 0 for none. */
  static double timeoutSeconds(String timeout) {
    if (timeout == null || timeout.isBlank()) {
      return 0;
    }
    try {
      double seconds = Double.parseDouble(timeout.strip());
      if (seconds > 0 && Double.isFinite(seconds)) {
        return seconds;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequestException("the 'timeout' parameter must be a positive number of seconds, not '" + timeout + "'");
  }

  private static Node iri(String uri) {
    return NodeFactory.createURI(uri);
  }

  private static List<String> nullToEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }
}
