package org.papergraph.api.graphstore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.papergraph.api.security.WriteAccess;
import org.papergraph.api.web.NotFoundException;
import org.papergraph.api.web.RdfResponses;
import org.papergraph.api.web.ResultFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol at /graph-store: indirect identification
 * ({@code ?graph=IRI} or {@code ?default}) and direct identification (the request URL under
 * /graph-store/ is the graph's name). HEAD is answered by the GET handlers.
 */
@RestController
class GraphStoreController {
  private final GraphStoreService graphs;
  private final WriteAccess writeAccess;

  GraphStoreController(GraphStoreService graphs, WriteAccess writeAccess) {
    this.graphs = graphs;
    this.writeAccess = writeAccess;
  }

  @GetMapping({"/graph-store", "/graph-store/**"})
  void get(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request, HttpServletResponse response) throws IOException {
    GraphTarget target = GraphTarget.of(request, true);
    var lang = RdfResponses.negotiate(accept, ResultFormat.GRAPH);
    Graph graph = graphs.get(target).orElseThrow(() -> new NotFoundException("no graph named " + target.describe()));
    RdfResponses.write(response, graph, lang);
  }

  @PutMapping({"/graph-store", "/graph-store/**"})
  void put(HttpServletRequest request, HttpServletResponse response) throws IOException {
    writeAccess.check(request);
    GraphTarget target = GraphTarget.of(request, true);
    boolean existed = graphs.replace(target, RdfBodies.read(request, target.baseIri(request)));
    response.setStatus(existed ? HttpStatus.NO_CONTENT.value() : HttpStatus.CREATED.value());
  }

  @PostMapping({"/graph-store", "/graph-store/**"})
  void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    writeAccess.check(request);
    GraphTarget target = GraphTarget.of(request, false);
    if (target == null) {
      // POST to the store itself creates a new graph, named under the endpoint so that it is
      // also reachable by direct identification.
      String name = GraphTarget.endpoint(request) + "/" + UUID.randomUUID();
      graphs.replace(GraphTarget.named(name), RdfBodies.read(request, name));
      response.setHeader(HttpHeaders.LOCATION, name);
      response.setStatus(HttpStatus.CREATED.value());
      return;
    }
    boolean existed = graphs.merge(target, RdfBodies.read(request, target.baseIri(request)));
    response.setStatus(existed ? HttpStatus.NO_CONTENT.value() : HttpStatus.CREATED.value());
  }

  @DeleteMapping({"/graph-store", "/graph-store/**"})
  void delete(HttpServletRequest request, HttpServletResponse response) {
    writeAccess.check(request);
    GraphTarget target = GraphTarget.of(request, true);
    if (!graphs.delete(target)) {
      throw new NotFoundException("no graph named " + target.describe());
    }
    response.setStatus(HttpStatus.NO_CONTENT.value());
  }
}
