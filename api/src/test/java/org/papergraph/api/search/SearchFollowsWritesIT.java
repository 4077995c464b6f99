package org.papergraph.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.EmptyWritableServerTestBase;
import tools.jackson.databind.JsonNode;

/**
 * The text index follows every way of writing through the api (SPARQL Update, the Graph Store
 * Protocol, the ingest endpoint, deletes), and a search right after the write returned sees it,
 * in {@code /api/search} and in {@code text:query} alike.
 */
class SearchFollowsWritesIT extends EmptyWritableServerTestBase {
  @Test
  void sparqlUpdateAndDrop() throws Exception {
    write("POST", "/sparql", "application/sparql-update", """
        PREFIX dcterms: <http://purl.org/dc/terms/>
        INSERT DATA { GRAPH <%sgraph/extra/1> { <%sid/paper/2312.00001> dcterms:title "Zorbulant lattices" } }"""
        .formatted(BASE, BASE), 204);
    assertFound("zorbulant lattices", "2312.00001");
    write("POST", "/sparql", "application/sparql-update", """
        PREFIX dcterms: <http://purl.org/dc/terms/>
        DELETE DATA { GRAPH <%sgraph/extra/1> { <%sid/paper/2312.00001> dcterms:title "Zorbulant lattices" } } ;
        INSERT DATA { GRAPH <%sgraph/extra/1> { <%sid/paper/2312.00001> dcterms:title "Quenched lattices" } }"""
        .formatted(BASE, BASE, BASE, BASE), 204);
    assertFound("zorbulant");
    assertFound("quenched", "2312.00001");
    write("POST", "/sparql", "application/sparql-update", "DROP GRAPH <" + BASE + "graph/extra/1>", 204);
    assertFound("quenched");
  }

  @Test
  void graphStoreProtocolPutPostAndDelete() throws Exception {
    String graph = "/graph-store?graph=" + enc(BASE + "graph/extra/2");
    write("PUT", graph, "text/turtle", "<" + BASE + "id/topic/gloaming-nets> <http://www.w3.org/2004/02/skos/core#prefLabel> \"gloaming nets\" .", 201);
    assertThat(topics("gloaming")).containsExactly("gloaming-nets");
    write("POST", graph, "text/turtle", "<" + BASE + "id/topic/gloaming-nets> <http://www.w3.org/2004/02/skos/core#altLabel> \"twilight networks\" .", 204);
    assertThat(topics("twilight")).containsExactly("gloaming-nets");
    write("PUT", graph, "text/turtle", "<" + BASE + "id/topic/gloaming-nets> <http://www.w3.org/2004/02/skos/core#prefLabel> \"dusk nets\" .", 204);
    assertThat(topics("gloaming")).isEmpty();
    assertThat(topics("twilight")).isEmpty();
    assertThat(topics("dusk")).containsExactly("gloaming-nets");
    write("DELETE", graph, null, null, 204);
    assertThat(topics("dusk")).isEmpty();
  }

  @Test
  void aLabelShownBeforeAWriteIsNotShownAfterIt() throws Exception {
    String graph = "/graph-store?graph=" + enc(BASE + "graph/extra/3");
    String topic = "<" + BASE + "id/topic/umbral-nets> ";
    String skos = "<http://www.w3.org/2004/02/skos/core#";
    write("PUT", graph, "text/turtle", topic + skos + "prefLabel> \"gloomy nets\" . " + topic + skos + "altLabel> \"murky nets\" .", 201);
    assertThat(topicLabels("murky")).containsExactly("gloomy nets");
    // Only the label changes: the search finds the topic by the same literal as before.
    write("PUT", graph, "text/turtle", topic + skos + "prefLabel> \"umbral nets\" . " + topic + skos + "altLabel> \"murky nets\" .", 204);
    assertThat(topicLabels("murky")).containsExactly("umbral nets");
    write("DELETE", graph, null, null, 204);
    write("PUT", graph, "text/turtle", topic + skos + "altLabel> \"murky nets\" .", 201);
    assertThat(topicLabels("murky")).containsExactly("(none)");
  }

  @Test
  void ingestAndDeleteOfARecord() throws Exception {
    HttpResponse<String> added = write("POST", "/api/ingest", "text/plain", """
        We study frobnicated tensors through the ingest endpoint.

        arXiv:2312.00002
        Created: 2023-01-02
        """, 200);
    assertThat(api.parse(added.body()).get("added").asInt()).isEqualTo(1);
    assertFound("frobnicated tensors", "2312.00002");
    HttpResponse<String> replaced = write("POST", "/api/ingest", "text/plain", """
        We study defrobnicated tensors through the ingest endpoint.

        arXiv:2312.00002
        Created: 2023-01-02
        """, 200);
    assertThat(api.parse(replaced.body()).get("replaced").asInt()).isEqualTo(1);
    assertFound("frobnicated");
    assertFound("defrobnicated", "2312.00002");
    write("DELETE", "/graph-store?graph=" + enc(BASE + "graph/paper/2312.00002"), null, null, 204);
    assertFound("defrobnicated");
  }

  /** Both searches find exactly the papers {@code ids}, asked right after the write returned. */
  private void assertFound(String q, String... ids) throws Exception {
    JsonNode r = api.json("/api/search?types=paper&q=" + enc(q));
    assertThat(ApiClient.field(r.at("/results/papers/results"), "id")).as("/api/search " + q).containsExactlyInAnyOrder(ids);
    List<String> expected = new ArrayList<>();
    for (String id : ids) {
      expected.add(BASE + "id/paper/" + id);
    }
    String query = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?p WHERE { ?p text:query \"" + q + "\" }";
    HttpResponse<String> sparql = api.get("/sparql?query=" + enc(query));
    assertThat(sparql.statusCode()).isEqualTo(200);
    List<String> found = new ArrayList<>();
    api.parse(sparql.body()).at("/results/bindings").forEach(b -> found.add(b.at("/p/value").asString()));
    assertThat(found).as("text:query " + q).containsExactlyInAnyOrderElementsOf(expected);
  }

  private List<String> topicLabels(String q) throws Exception {
    List<String> labels = new ArrayList<>();
    api.json("/api/search?types=topic&q=" + enc(q)).at("/results/topics/results")
        .forEach(t -> labels.add(t.get("label").isNull() ? "(none)" : t.get("label").asString()));
    return labels;
  }

  private List<String> topics(String q) throws Exception {
    return ApiClient.field(api.json("/api/search?types=topic&q=" + enc(q)).at("/results/topics/results"), "id");
  }
}
