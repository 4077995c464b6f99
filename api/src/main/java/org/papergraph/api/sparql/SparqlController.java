package org.papergraph.api.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.update.UpdateRequest;
import org.papergraph.api.security.WriteAccess;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.RdfResponses;
import org.papergraph.api.web.ResultFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SPARQL 1.1 Protocol at /sparql: query by GET, POST form-encoded and POST direct; update by
 * POST form-encoded and POST direct; the service description on a GET without a query.
 */
@RestController
class SparqlController {
  private final SparqlQueryService queries;
  private final SparqlUpdateService updates;
  private final ServiceDescription description;
  private final WriteAccess writeAccess;

  SparqlController(SparqlQueryService queries, SparqlUpdateService updates, ServiceDescription description, WriteAccess writeAccess) {
    this.queries = queries;
    this.updates = updates;
    this.description = description;
    this.writeAccess = writeAccess;
  }

  @GetMapping("/sparql")
  void get(
      @RequestParam(name = "timeout", required = false) String timeout,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    List<String> query = SparqlProtocol.values(request, "query");
    if (SparqlProtocol.values(request, "update") != null) {
      throw new BadRequestException("SPARQL Update must be sent with POST, not GET");
    }
    if (query == null) {
      Lang lang = RdfResponses.negotiate(accept, ResultFormat.GRAPH);
      RdfResponses.write(response, description.describe(SparqlProtocol.endpoint(request)), lang);
      return;
    }
    query(SparqlProtocol.single("query", query), timeout, accept, request, response);
  }

  @PostMapping(path = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  void postForm(
      @RequestParam(name = "timeout", required = false) String timeout,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    List<String> query = SparqlProtocol.values(request, "query");
    List<String> update = SparqlProtocol.values(request, "update");
    if (query != null && update != null) {
      throw new BadRequestException("give either the 'query' or the 'update' parameter, not both");
    }
    if (update != null) {
      update(SparqlProtocol.single("update", update), request, response);
    } else if (query != null) {
      query(SparqlProtocol.single("query", query), timeout, accept, request, response);
    } else {
      throw new BadRequestException("missing the 'query' or 'update' parameter");
    }
  }

  @PostMapping(path = "/sparql", consumes = SparqlProtocol.SPARQL_QUERY)
  void postQuery(
      @RequestBody byte[] body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      @RequestParam(name = "timeout", required = false) String timeout,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    query(SparqlProtocol.utf8Body(body, contentType), timeout, accept, request, response);
  }

  @PostMapping(path = "/sparql", consumes = SparqlProtocol.SPARQL_UPDATE)
  void postUpdate(
      @RequestBody byte[] body,
      @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
      HttpServletRequest request,
      HttpServletResponse response) {
    update(SparqlProtocol.utf8Body(body, contentType), request, response);
  }

  // Parameters are read from the request itself: binding them to a List would split a single
  // value at its commas, and queries have commas.
  private void query(
      String text,
      String timeout,
      String accept,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Query query =
        SparqlProtocol.parseQuery(
            text, SparqlProtocol.endpoint(request), SparqlProtocol.values(request, "default-graph-uri"), SparqlProtocol.values(request, "named-graph-uri"));
    Lang lang = RdfResponses.negotiate(accept, SparqlProtocol.offersFor(query));
    queries.execute(query, lang, SparqlProtocol.timeoutSeconds(timeout), response);
  }

  private void update(String text, HttpServletRequest request, HttpServletResponse response) {
    writeAccess.check(request);
    UpdateRequest update =
        SparqlProtocol.parseUpdate(
            text, SparqlProtocol.endpoint(request), SparqlProtocol.values(request, "using-graph-uri"), SparqlProtocol.values(request, "using-named-graph-uri"));
    updates.execute(update);
    response.setStatus(HttpStatus.NO_CONTENT.value());
  }
}
