package org.papergraph.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.api.LiveServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The change feed on a running server: the collection, fixed pages that are immutable once full,
 * resuming with {@code ?since}, each event's patch, RDF by content negotiation, and the journal
 * closed to clients' writes.
 */
class ChangeFeedIT extends LiveServer {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path, "application/ld+json");
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/ld+json"));
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> put(String path, String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Authorization", "Bearer " + TOKEN)
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aGraphStoreWriteIsAnEventWhosePatchRebuildsTheGraph() throws Exception {
    long before = json("/changes").get("totalItems").asLong();
    String graph = "http://example.org/feed-test/" + System.nanoTime();
    assertThat(put("/graph-store?graph=" + enc(graph), "text/turtle", "<urn:test:a> <urn:test:p> 1 , 2 . <urn:test:a> <urn:test:q> \"text\" .").statusCode())
        .isEqualTo(201);
    JsonNode page = json("/changes?since=" + before);
    JsonNode event = null;
    for (JsonNode e : page.get("orderedItems")) {
      if (e.get("object").get("id").asString().equals(graph)) {
        event = e;
      }
    }
    assertThat(event).as(page.toString()).isNotNull();
    assertThat(event.get("type").asString()).isEqualTo("Create");
    assertThat(event.get("sequence").asLong()).isGreaterThan(before);
    assertThat(event.get("object").get("url").asString()).endsWith("/graph-store?graph=" + enc(graph));

    String patchUrl = event.get("patch").asString();
    HttpResponse<String> patch = http.send(HttpRequest.newBuilder(java.net.URI.create(patchUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(patch.statusCode()).isEqualTo(200);
    assertThat(patch.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/rdf-patch"));
    DatasetGraph applied = DatasetGraphFactory.createTxnMem();
    RDFPatchOps.applyChange(applied, new ByteArrayInputStream(patch.body().getBytes(StandardCharsets.UTF_8)));
    Graph expected = GraphFactory.createDefaultGraph();
    RDFParser.fromString(get("/graph-store?graph=" + enc(graph), "application/n-triples").body(), Lang.NTRIPLES).parse(expected);
    assertThat(applied.getGraph(org.apache.jena.graph.NodeFactory.createURI(graph)).isIsomorphicWith(expected)).isTrue();
  }

  @Test
  void fullPagesAreImmutableAndTheCollectionLinksFirstAndLast() throws Exception {
    // The seeds alone make more than one page of five events.
    JsonNode collection = json("/changes");
    assertThat(collection.get("type").asString()).isEqualTo("OrderedCollection");
    assertThat(collection.get("totalItems").asLong()).isGreaterThan(5);
    assertThat(collection.get("first").asString()).endsWith("/changes/pages/1");

    HttpResponse<String> first = get("/changes/pages/1", "application/ld+json");
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    JsonNode page = JSON.readTree(first.body());
    assertThat(page.get("type").asString()).isEqualTo("OrderedCollectionPage");
    assertThat(page.get("orderedItems")).hasSize(5);
    assertThat(page.get("orderedItems").get(0).get("sequence").asLong()).isEqualTo(1);
    assertThat(page.get("next").asString()).endsWith("/changes/pages/6");
    assertThat(page.has("prev")).isFalse();
    HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("/changes/pages/1")).header("Accept", "application/ld+json")
        .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);

    String last = json("/changes").get("last").asString();
    HttpResponse<String> lastPage = http.send(HttpRequest.newBuilder(java.net.URI.create(last)).header("Accept", "application/ld+json").GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(lastPage.statusCode()).isEqualTo(200);
    assertThat(get("/changes/pages/2", null).statusCode()).as("pages start at 1, 6, 11, ...").isEqualTo(404);
    assertThat(get("/changes?since=x", null).statusCode()).isEqualTo(400);
  }

  @Test
  void pagesAreRdfByContentNegotiation() throws Exception {
    HttpResponse<String> turtle = get("/changes/pages/1", "text/turtle");
    assertThat(turtle.statusCode()).isEqualTo(200);
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(g);
    assertThat(g.contains(org.apache.jena.graph.NodeFactory.createURI("urn:papergraph:feed:1"),
        org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/papergraph/ns#sequence"), null)).isTrue();
  }

  @Test
  void theJournalIsNotDataForSparqlTheGraphStoreOrTheStatistics() throws Exception {
    String internal = "FILTER(STRSTARTS(STR(?g), \"urn:papergraph:\"))";
    assertThat(sparqlCount("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } " + internal + " }")).isZero();
    assertThat(sparqlCount("SELECT (COUNT(*) AS ?n) { ?e <https://w3id.org/papergraph/ns#rdfPatch> ?patch }"))
        .as("the union default graph holds no event").isZero();
    long union = sparqlCount("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    JsonNode stats = json("/api/stats");
    assertThat(stats.get("quads").asLong()).as("/api/stats counts the quads SPARQL sees").isEqualTo(union);
    assertThat(stats.get("graphs").asLong()).isEqualTo(sparqlCount("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
    assertThat(get("/graph-store?graph=" + enc("urn:papergraph:feed"), "application/n-triples").statusCode()).isEqualTo(404);
    assertThat(json("/changes").get("totalItems").asLong()).as("the feed still reads the journal").isGreaterThan(0);
  }

  private long sparqlCount(String query) throws Exception {
    HttpResponse<String> r = get("/sparql?query=" + enc(query), "application/sparql-results+json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("results").get("bindings").get(0).get("n").get("value").asLong();
  }

  @Test
  void clientsCannotWriteTheJournal() throws Exception {
    HttpResponse<String> update = post("/sparql", "application/sparql-update",
        "INSERT DATA { GRAPH <urn:papergraph:feed> { <urn:test:a> <urn:test:p> 1 } }", "Authorization", "Bearer " + TOKEN);
    assertThat(update.statusCode()).as(update.body()).isEqualTo(403);
    assertThat(update.body()).contains("journal");
    assertThat(put("/graph-store?graph=" + enc("urn:papergraph:feed"), "text/turtle", "<urn:test:a> <urn:test:p> 1 .").statusCode()).isEqualTo(403);
  }

  @Test
  void theVoidDescriptionAndTheServiceDescriptionLinkTheFeedAndLeaveTheJournalOut() throws Exception {
    String voidTtl = get("/.well-known/void", "text/turtle").body();
    Graph v = GraphFactory.createDefaultGraph();
    RDFParser.fromString(voidTtl, Lang.TURTLE).parse(v);
    org.apache.jena.graph.Node changes = org.apache.jena.graph.NodeFactory.createURI(uri("/changes").toString());
    assertThat(v.contains(null, org.apache.jena.vocabulary.RDFS.seeAlso.asNode(), changes)).as(voidTtl).isTrue();
    assertThat(v.contains(null, org.apache.jena.vocabulary.VOID._class.asNode(),
        org.apache.jena.graph.NodeFactory.createURI("https://www.w3.org/ns/activitystreams#Create"))).as("no journal classes").isFalse();
    Graph sd = GraphFactory.createDefaultGraph();
    RDFParser.fromString(get("/sparql", "text/turtle").body(), Lang.TURTLE).parse(sd);
    assertThat(sd.contains(null, org.apache.jena.vocabulary.RDFS.seeAlso.asNode(), changes)).isTrue();
  }
}
