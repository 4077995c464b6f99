package org.papergraph.api.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.api.LiveServer;

/** The SPARQL endpoint over HTTP: formats, datasets, errors, writes and the safety limits. */
class SparqlEndpointIT extends LiveServer {
  private static final String PAPER_GRAPH = BASE + "graph/paper/2211.08332";
  // Every triple with every triple with every triple: far more work than any time limit allows.
  private static final String CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
  private static final String CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

  @Test
  void negotiatesTabularFormatsWithQValues() throws Exception {
    String q = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1";
    assertThat(query(q, null).headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/sparql-results+json"));
    assertThat(query(q, "text/csv;q=0.5, application/sparql-results+xml").headers().firstValue("Content-Type"))
        .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/sparql-results+xml"));
    HttpResponse<String> tsv = query(q, "text/tab-separated-values, text/csv;q=0.9");
    assertThat(tsv.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/tab-separated-values"));
    assertThat(tsv.body()).startsWith("?g\n");
    assertThat(query(q, "text/csv").body()).startsWith("g\r\n");
    assertThat(query(q, "image/png").statusCode()).isEqualTo(406);
  }

  @Test
  void negotiatesGraphFormats() throws Exception {
    String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + PAPER_GRAPH + "> { ?s ?p ?o } }";
    for (Lang lang : List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML, Lang.TRIG, Lang.NQUADS)) {
      HttpResponse<String> r = query(q, lang.getHeaderString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith(lang.getHeaderString()));
      var g = GraphFactory.createDefaultGraph();
      if (lang == Lang.TRIG || lang == Lang.NQUADS) {
        var ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.fromString(r.body(), lang).parse(ds);
        g = ds.getDefaultGraph();
      } else {
        RDFParser.fromString(r.body(), lang).parse(g);
      }
      assertThat(g.size()).as(lang.getLabel()).isGreaterThan(5);
    }
  }

  @Test
  void protocolDatasetReplacesTheUnionDefaultGraph() throws Exception {
    String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    String inGraph = query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + PAPER_GRAPH + "> { ?s ?p ?o } }", "text/csv").body();
    String withDefault = get("/sparql?query=" + enc(count) + "&default-graph-uri=" + enc(PAPER_GRAPH), "text/csv").body();
    String union = query(count, "text/csv").body();
    assertThat(withDefault).isEqualTo(inGraph).isNotEqualTo(union);
  }

  @Test
  void syntaxErrorIsA400WithThePosition() throws Exception {
    HttpResponse<String> r = query("SELECT * WHERE {\n  ?s ?p ", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("\"line\":2").contains("\"column\"").contains("Encountered");
  }

  @Test
  void writeWithoutCredentialsIs401AndWithThemSucceeds() throws Exception {
    String insert = "INSERT DATA { GRAPH <urn:test:write> { <urn:test:s> <urn:test:p> \"written\" } }";
    HttpResponse<String> none = post("/sparql", "application/sparql-update", insert);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(post("/sparql", "application/sparql-update", insert, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
    assertThat(query("ASK { GRAPH <urn:test:write> { ?s ?p ?o } }", null).body()).contains("false");

    assertThat(post("/sparql", "application/sparql-update", insert, "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(204);
    assertThat(query("ASK { GRAPH <urn:test:write> { ?s ?p \"written\" } }", null).body()).contains("true");
    assertThat(post("/sparql", "application/x-www-form-urlencoded", "update=" + enc("DROP GRAPH <urn:test:write>"), "X-API-Key", API_KEY).statusCode())
        .isEqualTo(204);
    assertThat(query("ASK { GRAPH <urn:test:write> { ?s ?p ?o } }", null).body()).contains("false");
  }

  @Test
  void writesToTheDefaultGraphAreSeenByQueries() throws Exception {
    String defaultGraph = BASE + "graph/default";
    String system = get("/graph-store?graph=" + enc(BASE + "graph/system"), "application/n-triples").body();
    try {
      assertThat(update("INSERT DATA { <urn:test:d> <urn:test:b> 4 }").statusCode()).isEqualTo(204);
      assertThat(query("ASK { <urn:test:d> <urn:test:b> 4 }", null).body()).contains("true");
      assertThat(query("ASK { GRAPH <" + defaultGraph + "> { <urn:test:d> <urn:test:b> 4 } }", null).body()).contains("true");
      assertThat(get("/graph-store?default", "application/n-triples").body()).contains("<urn:test:d> <urn:test:b> \"4\"");

      assertThat(update("DELETE DATA { <urn:test:d> <urn:test:b> 4 }").statusCode()).isEqualTo(204);
      assertThat(query("ASK { <urn:test:d> <urn:test:b> 4 }", null).body()).contains("false");

      HttpRequest put =
          HttpRequest.newBuilder(uri("/graph-store?default"))
              .header("Content-Type", "text/turtle")
              .header("Authorization", "Bearer " + TOKEN)
              .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:d> <urn:test:b> 5 ."))
              .build();
      assertThat(http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(201, 204);
      assertThat(query("ASK { <urn:test:d> <urn:test:b> 5 }", null).body()).contains("true");
      assertThat(update("DELETE WHERE { <urn:test:d> ?p ?o }").statusCode()).isEqualTo(204);
      assertThat(query("ASK { <urn:test:d> ?p ?o }", null).body()).contains("false");
      assertThat(get("/graph-store?graph=" + enc(BASE + "graph/system"), "application/n-triples").body())
          .as("the graphs the server keeps are not where the default graph is written")
          .isEqualTo(system);
    } finally {
      update("DROP SILENT DEFAULT");
    }
  }

  private HttpResponse<String> update(String text) throws Exception {
    return post("/sparql", "application/sparql-update", text, "Authorization", "Bearer " + TOKEN);
  }

  @Test
  void repeatedQueriesComeFromTheResultCacheUntilTheStoreChanges() throws Exception {
    String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:test:cached> { ?s ?p ?o } }";
    HttpResponse<String> first = query(count, "text/csv");
    HttpResponse<String> second = query(count, "text/csv");
    assertThat(first.headers().firstValue("X-Papergraph-Cache")).hasValue("miss");
    assertThat(second.headers().firstValue("X-Papergraph-Cache")).hasValue("hit");
    assertThat(second.body()).isEqualTo(first.body()).isEqualTo("n\r\n0\r\n");
    // Another format is another entry.
    assertThat(query(count, "application/sparql-results+json").headers().firstValue("X-Papergraph-Cache")).hasValue("miss");

    String insert = "INSERT DATA { GRAPH <urn:test:cached> { <urn:test:s> <urn:test:p> 1 } }";
    assertThat(post("/sparql", "application/sparql-update", insert, "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(204);
    try {
      HttpResponse<String> after = query(count, "text/csv");
      assertThat(after.headers().firstValue("X-Papergraph-Cache")).hasValue("miss");
      assertThat(after.body()).isEqualTo("n\r\n1\r\n");
    } finally {
      post("/sparql", "application/sparql-update", "DROP SILENT GRAPH <urn:test:cached>", "Authorization", "Bearer " + TOKEN);
    }
    // A query whose answer changes by itself is never kept.
    String now = "SELECT (NOW() AS ?t) WHERE {}";
    query(now, "text/csv");
    assertThat(query(now, "text/csv").headers().firstValue("X-Papergraph-Cache")).isEmpty();
  }

  @Test
  void graphStoreWritesNeedCredentialsToo() throws Exception {
    HttpRequest put =
        HttpRequest.newBuilder(uri("/graph-store?graph=" + enc("urn:test:gsp")))
            .header("Content-Type", "text/turtle")
            .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> 1 ."))
            .build();
    assertThat(http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    HttpRequest delete = HttpRequest.newBuilder(uri("/graph-store?graph=" + enc(PAPER_GRAPH))).DELETE().build();
    assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    assertThat(get("/graph-store?graph=" + enc(PAPER_GRAPH), "application/n-triples").statusCode()).isEqualTo(200);
  }

  @Test
  void serviceIsRefused() throws Exception {
    HttpResponse<String> r = query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", null);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("SERVICE is not allowed");
    HttpResponse<String> nested = query("ASK { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }", null);
    assertThat(nested.statusCode()).isEqualTo(403);
    HttpResponse<String> inUpdate =
        post("/sparql", "application/sparql-update", "INSERT { GRAPH <urn:test:x> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "Authorization", "Bearer " + TOKEN);
    assertThat(inUpdate.statusCode()).isEqualTo(403);
  }

  @Test
  void loadIsRefused() throws Exception {
    HttpResponse<String> r = post("/sparql", "application/sparql-update", "LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <urn:test:load>", "Authorization", "Bearer " + TOKEN);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("LOAD is not allowed");
  }

  @Test
  void timedOutQueryIsReportedAsSuch() throws Exception {
    HttpResponse<String> r = get("/sparql?timeout=1&query=" + enc(CARTESIAN_COUNT), null);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("timed out").doesNotContain("\"n\"");

    String metrics = get("/actuator/prometheus", null).body();
    assertThat(metrics).contains("papergraph_sparql_timeouts_total{operation=\"query\"}");
    assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/sparql\"");
    assertThat(metrics).contains("papergraph_sparql_executions_seconds_count{operation=\"query\"}");
  }

  @Test
  void timeoutAfterTheFirstBytesBreaksTheResponse() throws Exception {
    HttpRequest req = HttpRequest.newBuilder(uri("/sparql?timeout=2&query=" + enc(CARTESIAN))).header("Accept", "application/sparql-results+json").build();
    HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    // The rows stream out until the limit strikes; then the transfer must end broken, never as a
    // complete JSON document.
    assertThatThrownBy(() -> {
          try (InputStream in = r.body()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
          }
        })
        .isInstanceOf(IOException.class);
  }

  @Test
  void simpleQueriesAnswerWhileARunawayQueryRuns() throws Exception {
    CompletableFuture<HttpResponse<String>> runaway =
        http.sendAsync(HttpRequest.newBuilder(uri("/sparql?query=" + enc(CARTESIAN_COUNT))).build(), HttpResponse.BodyHandlers.ofString());
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      answers.add(query("ASK { GRAPH <" + PAPER_GRAPH + "> { ?s ?p ?o } }", null).statusCode());
    }
    assertThat(answers).containsOnly(200);
    assertThat(runaway).as("the runaway query is still running").isNotDone();
    assertThat(runaway.get().statusCode()).isEqualTo(503);
  }

  @Test
  void oversizedBodyIs413() throws Exception {
    String big = "ASK {}" + " ".repeat(70 * 1024);
    assertThat(post("/sparql", "application/sparql-query", big).statusCode()).isEqualTo(413);
  }

  @Test
  void nonUtf8DirectBodyIsRefused() throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/sparql-query; charset=ISO-8859-1")
            .POST(HttpRequest.BodyPublishers.ofString("ASK {}"))
            .build();
    assertThat(http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(415);
  }

  @Test
  void corsAllowsTheConfiguredOriginOnly() throws Exception {
    HttpRequest allowed = HttpRequest.newBuilder(uri("/sparql?query=" + enc("ASK {}"))).header("Origin", "https://client.example").build();
    assertThat(http.send(allowed, HttpResponse.BodyHandlers.ofString()).headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://client.example");
    HttpRequest other = HttpRequest.newBuilder(uri("/sparql?query=" + enc("ASK {}"))).header("Origin", "https://elsewhere.example").build();
    assertThat(http.send(other, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
  }

  @Test
  void getWithoutQueryGivesTheServiceDescription() throws Exception {
    HttpResponse<String> r = get("/sparql", "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("sd:endpoint").contains("<http://localhost:" + port + "/sparql>").contains("sd:SPARQL11Update");
  }
}
