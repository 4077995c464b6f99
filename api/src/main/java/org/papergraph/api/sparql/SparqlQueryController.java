package org.papergraph.api.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.NotAcceptableException;
import org.papergraph.api.web.ResultFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SPARQL 1.1 Protocol query operation: GET, POST form-encoded and POST direct. */
@RestController
class SparqlQueryController {
  private static final String SPARQL_QUERY = "application/sparql-query";

  private final SparqlQueryService service;

  SparqlQueryController(SparqlQueryService service) {
    this.service = service;
  }

  @GetMapping("/sparql")
  void get(
      @RequestParam(name = "query", required = false) List<String> query,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletResponse response)
      throws IOException {
    execute(single(query), accept, response);
  }

  @PostMapping(path = "/sparql", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  void postForm(
      @RequestParam(name = "query", required = false) List<String> query,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletResponse response)
      throws IOException {
    execute(single(query), accept, response);
  }

  @PostMapping(path = "/sparql", consumes = SPARQL_QUERY)
  void postDirect(
      @RequestBody String query,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
      HttpServletResponse response)
      throws IOException {
    execute(query, accept, response);
  }

  private void execute(String queryText, String accept, HttpServletResponse response) throws IOException {
    Query query = QueryFactory.create(queryText, Syntax.syntaxSPARQL_11);
    List<Lang> offers = query.isSelectType() || query.isAskType() ? ResultFormat.TABULAR : ResultFormat.GRAPH;
    Lang lang = ResultFormat.negotiate(accept, offers).orElseThrow(() -> new NotAcceptableException(accept, ResultFormat.describe(offers)));
    response.setContentType(lang.getHeaderString() + (lang.getHeaderString().startsWith("text/") ? "; charset=utf-8" : ""));
    response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    OutputStream out = response.getOutputStream();
    service.execute(query, lang, out);
    out.flush();
  }

  private static String single(List<String> query) {
    if (query == null || query.isEmpty()) {
      throw new BadRequestException("missing the 'query' parameter");
    }
    if (query.size() > 1) {
      throw new BadRequestException("the 'query' parameter was given " + query.size() + " times; give it once");
    }
    return query.get(0);
  }
}
