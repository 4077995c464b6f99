package org.papergraph.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/ingest with the write token: records, JSON lines and RDF; auth and format errors. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"papergraph.store.kind=memory", "papergraph.security.bearer-tokens=s3cret", "papergraph.sparql.max-request-body=256KB"})
class IngestApiIT {
  static final String RECORD = """
      We study ingest over HTTP with a fresh record about sparse tensors.

      Accepted at NeurIPS 2023

      arXiv:2301.00001
      Created: 2023-01-02
      """;

  @LocalServerPort int port;
  @Autowired GraphStore store;

  long count(String where) {
    return store.query(QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }"),
        qe -> qe.execSelect().next().getLiteral("n").getLong());
  }

  long ingestRuns() {
    return count("?r a pg:IngestRun");
  }

  long papers() {
    return count("?p a schema:ScholarlyArticle");
  }

  HttpResponse<String> post(String path, String contentType, String token, String body) throws Exception {
    ApiClient api = new ApiClient(port);
    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return api.send(b.build());
  }

  @Test
  void recordIngestAnswersWithTheReportAndShowsUpInTheLists() throws Exception {
    ApiClient api = new ApiClient(port);
    int before = api.json("/api/papers").at("/meta/count").asInt();
    HttpResponse<String> r = post("/api/ingest?name=upload.txt", "text/plain; charset=utf-8", "s3cret", RECORD);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = api.parse(r.body());
    assertThat(report.get("read").asInt()).isEqualTo(1);
    assertThat(report.get("added").asInt()).isEqualTo(1);
    assertThat(report.get("rejected").asInt()).isZero();
    // The cached paper index was refreshed by the ingest.
    assertThat(api.json("/api/papers").at("/meta/count").asInt()).isEqualTo(before + 1);
    assertThat(api.json("/api/papers?q=sparse tensors".replace(" ", "%20")).at("/results/0/id").asString()).isEqualTo("2301.00001");
    assertThat(api.json("/api/papers/2301.00001").get("comments").get(0).asString()).isEqualTo("Accepted at NeurIPS 2023");
    JsonNode again = api.parse(post("/api/ingest", "text/plain", "s3cret", RECORD).body());
    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
  }

  /** The papers a VoID document counts in its class partition for articles. */
  static long papersIn(Graph voidDocument) {
    String q = Vocabularies.sparqlPrologue() + "SELECT ?n WHERE { ?d void:classPartition [ void:class schema:ScholarlyArticle ; void:entities ?n ] }";
    try (QueryExecution qe = QueryExecutionFactory.create(QueryFactory.create(q), ModelFactory.createModelForGraph(voidDocument))) {
      return qe.execSelect().next().getLiteral("n").getLong();
    }
  }

  long papersAtWellKnownVoid() throws Exception {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/.well-known/void")).header("Accept", "text/turtle").GET().build());
    assertThat(r.statusCode()).isEqualTo(200);
    return papersIn(RDFParser.fromString(r.body(), Lang.TURTLE).toGraph());
  }

  long papersInStoredDescription() throws Exception {
    String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://localhost:8080/graph/void> { ?s ?p ?o } }";
    ApiClient api = new ApiClient(port);
    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
        .header("Accept", "text/turtle").GET().build());
    assertThat(r.statusCode()).isEqualTo(200);
    return papersIn(RDFParser.fromString(r.body(), Lang.TURTLE).toGraph());
  }

  @Test
  void theVoidDescriptionReflectsAnIngest() throws Exception {
    long before = papersAtWellKnownVoid();
    String record = RECORD.replace("2301.00001", "2303.00003");
    assertThat(post("/api/ingest", "text/plain", "s3cret", record).statusCode()).isEqualTo(200);
    // Asked right after the ingest: the endpoint waits for the refresh the ingest set off.
    assertThat(papersAtWellKnownVoid()).isEqualTo(before + 1);
    assertThat(papersInStoredDescription()).isEqualTo(before + 1);
  }

  @Test
  void aCursorKeepsItsPlaceWhenPapersAreAddedBeforeIt() throws Exception {
    ApiClient api = new ApiClient(port);
    String cursor = api.json("/api/papers?sort=date:asc&perPage=3&facets=").at("/meta/nextCursor").asString();
    JsonNode before = api.json("/api/papers?sort=date:asc&perPage=3&facets=&cursor=" + cursor);
    String older = RECORD.replace("2301.00001", "2209.00009").replace("2023-01-02", "2022-09-01");
    assertThat(post("/api/ingest", "text/plain", "s3cret", older).statusCode()).isEqualTo(200);
    JsonNode after = api.json("/api/papers?sort=date:asc&perPage=3&facets=&cursor=" + cursor);
    assertThat(ApiClient.field(after.get("results"), "id")).isEqualTo(ApiClient.field(before.get("results"), "id"));
    assertThat(api.json("/api/papers?sort=date:asc&perPage=1").at("/results/0/id").asString()).isEqualTo("2209.00009");
  }

  @Test
  void jsonLinesIngest() throws Exception {
    String line = "{\"id\":\"2302.00002\",\"title\":\"Lines over HTTP\",\"abstract\":\"An abstract.\","
        + "\"authors\":\"A. Author, B. Writer\",\"authors_parsed\":[[\"Author\",\"A.\",\"\"],[\"Writer\",\"B.\",\"\"]],\"categories\":\"cs.LG\",\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 6 Feb 2023 10:00:00 GMT\"}],"
        + "\"update_date\":\"2023-02-06\"}\n";
    HttpResponse<String> r = post("/api/ingest", "application/x-ndjson", "s3cret", line);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(new ApiClient(port).parse(r.body()).get("added").asInt()).isEqualTo(1);
    JsonNode p = new ApiClient(port).json("/api/papers/2302.00002");
    assertThat(p.get("title").asString()).isEqualTo("Lines over HTTP");
    assertThat(p.get("authors").size()).isEqualTo(2);
    assertThat(p.at("/authors/0/name").asString()).contains("Author");
    assertThat(p.at("/authors/1/name").asString()).contains("Writer");
    assertThat(p.at("/categories/0/id").asString()).isEqualTo("cs.LG");
    assertThat(p.at("/categories/0/primary").asBoolean()).isTrue();
  }

  @Test
  void rdfIngestIntoNamedGraphs() throws Exception {
    String trig = """
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        GRAPH <http://localhost:8080/graph/user/test-topics> {
          <http://localhost:8080/id/topic/sparse-tensors> a skos:Concept ; skos:prefLabel "sparse tensors"@en .
        }
        """;
    HttpResponse<String> r = post("/api/ingest", "application/trig", "s3cret", trig);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = new ApiClient(port).parse(r.body());
    assertThat(report.get("triples").asInt()).isEqualTo(2);
    assertThat(report.at("/graphs/0/graph").asString()).isEqualTo("http://localhost:8080/graph/user/test-topics");
    assertThat(report.at("/graphs/0/replaced").asBoolean()).isFalse();
    String turtle = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .";
    assertThat(post("/api/ingest", "text/turtle", "s3cret", turtle).statusCode()).isEqualTo(400);
    HttpResponse<String> named = post("/api/ingest?graph=http://localhost:8080/graph/extra", "text/turtle", "s3cret", turtle);
    assertThat(new ApiClient(port).parse(named.body()).at("/graphs/0/graph").asString()).isEqualTo("http://localhost:8080/graph/extra");
  }

  @Test
  void errors() throws Exception {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> noToken = post("/api/ingest", "text/plain", null, RECORD);
    assertThat(noToken.statusCode()).isEqualTo(401);
    assertThat(noToken.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
    assertThat(noToken.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(post("/api/ingest", "text/plain", "wrong", RECORD).statusCode()).isEqualTo(401);
    HttpResponse<String> type = post("/api/ingest", "image/png", "s3cret", "x");
    assertThat(type.statusCode()).isEqualTo(415);
    assertThat(api.parse(type.body()).get("detail").asString()).contains("application/trig");
    HttpResponse<String> broken = post("/api/ingest", "text/turtle", "s3cret", "<a> <b> .");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(api.parse(broken.body()).get("detail").asString()).contains("Turtle");
    assertThat(post("/api/ingest?graph=not%20an%20iri", "text/turtle", "s3cret", "").statusCode()).isEqualTo(400);
  }

  @Test
  void anEmptyOrBlankBodyIsRefusedAndRecordsNoRun() throws Exception {
    long runs = ingestRuns();
    HttpResponse<String> empty = post("/api/ingest", "text/plain", "s3cret", "");
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(new ApiClient(port).parse(empty.body()).get("detail").asString()).contains("empty").contains("nothing was ingested");
    HttpResponse<String> blank = post("/api/ingest", "application/x-ndjson", "s3cret", "\n  \n\t\n");
    assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
    assertThat(new ApiClient(port).parse(blank.body()).get("detail").asString()).contains("no records");
    assertThat(ingestRuns()).isEqualTo(runs);
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedBeforeAnythingIsWritten() throws Exception {
    // More than one ingest batch of valid records fits under the 256 KB limit; the whole body does not.
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      body.append("Record ").append(i).append(" of a body that is too large.\n\narXiv:2304.").append(String.format("%05d", i)).append("\nCreated: 2023-04-01\n\n");
    }
    assertThat(body.length()).isGreaterThan(256 * 1024);
    long papers = papers();
    long runs = ingestRuns();
    ApiClient api = new ApiClient(port);
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    // ofInputStream sends no Content-Length: the body comes chunked, as in the report.
    HttpRequest req = HttpRequest.newBuilder(api.uri("/api/ingest")).header("Content-Type", "text/plain").header("Authorization", "Bearer s3cret")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    HttpResponse<String> r = api.send(req);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(papers()).as("papers after the refused body").isEqualTo(papers);
    assertThat(ingestRuns()).isEqualTo(runs);
    assertThat(api.parse(r.body()).get("detail").asString()).contains("262144 bytes").contains("nothing was ingested");
  }

  @Test
  void rdfCannotWriteTheGraphsTheServerKeeps() throws Exception {
    ApiClient api = new ApiClient(port);
    long taxonomy = count("GRAPH <http://localhost:8080/graph/reference/arxiv-taxonomy> { ?s ?p ?o }");
    assertThat(taxonomy).isPositive();
    for (String graph : List.of("graph/reference/arxiv-taxonomy", "graph/system", "graph/void", "run/5c1e0e6e-0000-4000-8000-000000000000")) {
      String trig = "GRAPH <http://localhost:8080/" + graph + "> { <urn:example:s> <urn:example:p> <urn:example:o> }";
      HttpResponse<String> r = post("/api/ingest", "application/trig", "s3cret", trig);
      assertThat(r.statusCode()).as(graph + ": " + r.body()).isEqualTo(403);
      assertThat(api.parse(r.body()).get("detail").asString()).contains(graph).contains("not writable through ingest");
    }
    assertThat(count("GRAPH <http://localhost:8080/graph/reference/arxiv-taxonomy> { ?s ?p ?o }")).isEqualTo(taxonomy);
    assertThat(count("GRAPH <http://localhost:8080/graph/system> { ?s ?p ?o }")).isPositive();
  }

  @Test
  void rdfRecordGraphsAreValidatedLikeRecords() throws Exception {
    ApiClient api = new ApiClient(port);
    Iris iris = Iris.defaults();
    String paperGraph = iris.paperGraph("2211.08332");
    // The paper's own graph, as the store holds it: a valid record, so it is taken.
    java.io.StringWriter valid = new java.io.StringWriter();
    org.apache.jena.riot.RDFDataMgr.write(valid, datasetOf(paperGraph, store.getGraph(paperGraph)), Lang.TRIG);
    HttpResponse<String> ok = post("/api/ingest", "application/trig", "s3cret", valid.toString());
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(api.parse(ok.body()).at("/graphs/0/replaced").asBoolean()).isTrue();
    // A graph that would leave the paper without its type, abstract and date.
    String bare = "GRAPH <" + paperGraph + "> { <" + iris.paper("2211.08332") + "> <http://purl.org/dc/terms/title> \"Only a title\" }";
    HttpResponse<String> noType = post("/api/ingest", "application/trig", "s3cret", bare);
    assertThat(noType.statusCode()).as(noType.body()).isEqualTo(400);
    assertThat(api.parse(noType.body()).get("detail").asString()).contains("does not describe its paper");
    // Typed, but without abstract and date: the SHACL shapes say what is missing.
    String typed = "GRAPH <" + paperGraph + "> { <" + iris.paper("2211.08332") + "> a <https://schema.org/ScholarlyArticle> ;"
        + " <http://purl.org/spar/fabio/hasArXivId> \"2211.08332\" }";
    HttpResponse<String> invalid = post("/api/ingest", "application/trig", "s3cret", typed);
    assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
    assertThat(api.parse(invalid.body()).get("detail").asString()).contains("SHACL").contains("dcterms:created").contains("nothing was written");
    JsonNode paper = api.json("/api/papers/2211.08332");
    assertThat(paper.get("abstractText").asString()).startsWith("The recent advances in diffusion models");
  }

  static org.apache.jena.sparql.core.DatasetGraph datasetOf(String name, Graph g) {
    org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
    ds.addGraph(org.apache.jena.graph.NodeFactory.createURI(name), g);
    return ds;
  }
}
