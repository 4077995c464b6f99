package org.papergraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The OpenAPI 3.1 document, Swagger UI, JSON-LD on request, and problem details for unknown paths. */
class OpenApiAndJsonLdIT extends FixtureApiTestBase {
  @Test
  void openApiDocumentDescribesTheApi() throws Exception {
    JsonNode doc = api.json("/v3/api-docs");
    assertThat(doc.get("openapi").asString()).startsWith("3.1");
    assertThat(doc.get("paths").propertyNames()).contains(
        "/api/papers", "/api/papers/{id}", "/api/topics", "/api/topics/{id}", "/api/venues/{id}",
        "/api/repositories/{host}/{owner}/{name}", "/api/owners/{host}/{owner}", "/api/search", "/api/stats", "/api/ingest");
    assertThat(ApiClient.field(doc.at("/paths/~1api~1papers/get/parameters"), "name")).contains("topic", "venue", "owner", "cursor", "facets");
    assertThat(ApiClient.field(doc.at("/paths/~1api~1venues/get/parameters"), "name")).contains("q", "kind", "limit");
    assertThat(doc.at("/paths/~1api~1venues/get/summary").asString()).contains("journals");
    assertThat(doc.at("/components/securitySchemes/writeToken/scheme").asString()).isEqualTo("bearer");
    assertThat(doc.at("/paths/~1api~1ingest/post/description").asString()).contains("read whole before anything is written");
    assertThat(doc.at("/paths/~1api~1ingest/post/responses/413/description").asString()).contains("nothing written");
    assertThat(api.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void jsonLdOnRequestIsTheJsonWithTheContext() throws Exception {
    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/papers/2210.08122")).header("Accept", "application/ld+json").build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
    ObjectNode doc = (ObjectNode) api.parse(r.body());
    assertThat(doc.get("@context").asString()).isEqualTo("http://localhost:" + port + "/api/context.jsonld");
    // Inline the served context and read the document as RDF.
    JsonNode context = api.parse(api.get("/api/context.jsonld").body());
    doc.set("@context", context.get("@context"));
    Model m = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(doc.toString())).lang(Lang.JSONLD).parse(m);
    var paper = m.createResource("http://localhost:8080/id/paper/2210.08122");
    assertThat(m.contains(paper, ResourceFactory.createProperty("http://purl.org/dc/terms/subject"),
        m.createResource("http://localhost:8080/id/topic/graph-neural-networks"))).isTrue();
    assertThat(m.contains(paper, ResourceFactory.createProperty("http://purl.org/ontology/bibo/presentedAt"),
        m.createResource("http://localhost:8080/id/venue/neurips/2022"))).isTrue();
    // Plain JSON by default.
    assertThat(api.get("/api/papers/2210.08122").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
  }

  @Test
  void listsAsJsonLdAreAGraph() throws Exception {
    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/topics?limit=2")).header("Accept", "application/ld+json").build());
    JsonNode doc = api.parse(r.body());
    assertThat(doc.get("@graph").size()).isEqualTo(2);
  }

  @Test
  void unknownPathIs404ProblemDetail() throws Exception {
    HttpResponse<String> r = api.get("/api/nothing-here");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
  }
}
