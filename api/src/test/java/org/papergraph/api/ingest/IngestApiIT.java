package org.papergraph.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/ingest with the write token: records, JSON lines and RDF; auth and format errors. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"papergraph.store.kind=memory", "papergraph.security.bearer-tokens=s3cret"})
class IngestApiIT {
  static final String RECORD = """
      We study ingest over HTTP with a fresh record about sparse tensors.

      Accepted at NeurIPS 2023

      arXiv:2301.00001
      Created: 2023-01-02
      """;

  @LocalServerPort int port;

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
        GRAPH <http://localhost:8080/graph/reference/test-topics> {
          <http://localhost:8080/id/topic/sparse-tensors> a skos:Concept ; skos:prefLabel "sparse tensors"@en .
        }
        """;
    HttpResponse<String> r = post("/api/ingest", "application/trig", "s3cret", trig);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode report = new ApiClient(port).parse(r.body());
    assertThat(report.get("triples").asInt()).isEqualTo(2);
    assertThat(report.at("/graphs/0/graph").asString()).isEqualTo("http://localhost:8080/graph/reference/test-topics");
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
}
