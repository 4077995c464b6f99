package org.papergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server as configured by default on an in-memory store, seeds loaded at start-up: the SPARQL
 * endpoint counts the seeded papers in each format, the paper JSON and health answer. The
 * endpoint's protocol, limits and writes in depth are {@code sparql.SparqlEndpointIT}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "papergraph.store.kind=memory")
class SeededMemoryServerIT {
  static final String COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/ScholarlyArticle> }";

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> query(String query, String accept) throws IOException, InterruptedException {
    return get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), accept);
  }

  @ParameterizedTest
  @CsvSource({
    "application/sparql-results+json, application/sparql-results+json",
    "application/sparql-results+xml, application/sparql-results+xml",
    "text/csv, text/csv",
    "text/tab-separated-values, text/tab-separated-values",
  })
  void countsTenPapersInEachResultFormat(String accept, String expectedType) throws Exception {
    HttpResponse<String> r = query(COUNT, accept);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith(expectedType));
    Lang lang = switch (expectedType) {
      case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
      case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
      case "text/csv" -> ResultSetLang.RS_CSV;
      default -> ResultSetLang.RS_TSV;
    };
    ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
    assertThat(rs.next().get("n").asLiteral().getLexicalForm()).isEqualTo("10");
  }

  @Test
  void postFormAndPostDirectAnswerTheSame() throws Exception {
    HttpRequest form = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
        .build();
    HttpRequest direct = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofString(COUNT))
        .build();
    assertThat(http.send(form, HttpResponse.BodyHandlers.ofString()).body()).isEqualToNormalizingNewlines("n\n10\n");
    assertThat(http.send(direct, HttpResponse.BodyHandlers.ofString()).body()).isEqualToNormalizingNewlines("n\n10\n");
  }

  @ParameterizedTest
  @CsvSource({"text/turtle, TURTLE", "application/n-triples, N-TRIPLES", "application/ld+json, JSON-LD", "application/rdf+xml, RDF/XML"})
  void constructInEachGraphFormat(String accept, String langName) throws Exception {
    HttpResponse<String> r = query(
        "CONSTRUCT { ?r <https://w3id.org/papergraph/ns#owner> ?o } WHERE { ?r <https://w3id.org/papergraph/ns#owner> ?o }", accept);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
    Model m = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(r.body())).lang(org.apache.jena.riot.RDFLanguages.nameToLang(langName)).parse(m);
    assertThat(m.size()).isEqualTo(5);
  }

  @Test
  void qValuesChooseTheFormat() throws Exception {
    HttpResponse<String> r = query(COUNT, "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(query(COUNT, null).headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+json");
  }

  @Test
  void unsupportedAcceptIs406() throws Exception {
    HttpResponse<String> r = query(COUNT, "image/png");
    assertThat(r.statusCode()).isEqualTo(406);
    assertThat(r.body()).contains("image/png");
  }

  @Test
  void syntaxErrorIs400WithTheParserMessage() throws Exception {
    HttpResponse<String> r = query("SELECT ?x WHERE { ?x ?y }", "application/sparql-results+json");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(r.body()).contains("line").contains("column");
  }

  @Test
  void getWithoutQueryDescribesTheServiceAndPostWithoutQueryIs400() throws Exception {
    HttpResponse<String> sd = get("/sparql", "text/turtle");
    assertThat(sd.statusCode()).isEqualTo(200);
    assertThat(sd.body()).contains("http://www.w3.org/ns/sparql-service-description#");
    HttpRequest empty = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sparql"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("foo=bar"))
        .build();
    HttpResponse<String> r = http.send(empty, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }

  @Test
  void paperAsJson() throws Exception {
    HttpResponse<String> r = get("/api/papers/2211.08332", "application/json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"id\":\"2211.08332\"")
        .contains("\"created\":\"2022-11-15\"")
        .contains("\"url\":\"https://github.com/shi-labs/versatile-diffusion\"")
        .contains("\"official\":true")
        .contains("\"accountName\":\"SHI-Labs\"");
    assertThat(get("/api/papers/2210.08578", null).body()).contains("\"dois\":[\"10.1145/3566097.3567864\"]");
  }

  @Test
  void unknownPaperIs404AndBadIdIs400() throws Exception {
    HttpResponse<String> missing = get("/api/papers/2101.00001", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("no paper with arXiv id 2101.00001");
    assertThat(get("/api/papers/not-an-id", null).statusCode()).isEqualTo(400);
  }

  @Test
  void healthIsUp() throws Exception {
    assertThat(get("/actuator/health", null).body()).contains("\"status\":\"UP\"");
  }
}
