package org.papergraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every GET endpoint of the REST API as JSON-LD, read by Jena as a processor that does not
 * know where the document came from (no base IRI): nothing is skipped, the graph is the one
 * read with the document's address as base, every entity of the JSON is a node of the graph,
 * and the paper, topic, venue, repository and lab IRIs are those of /sparql.
 */
class JsonLdRoundTripIT extends FixtureApiTestBase {
  /** One request per GET endpoint of the OpenAPI document, its path parameters from the seeds. */
  private static final Map<String, List<String>> REQUESTS = new LinkedHashMap<>();

  static {
    REQUESTS.put("/api/papers", List.of("/api/papers", "/api/papers?topic=graph-neural-networks&facets=topic,venue,owner,year"));
    REQUESTS.put("/api/papers/{id}", List.of("/api/papers/2210.08122", "/api/papers/2210.08772", "/api/papers/2211.08332"));
    REQUESTS.put("/api/papers/{id}/similar", List.of("/api/papers/2211.08332/similar?limit=3"));
    REQUESTS.put("/api/topics", List.of("/api/topics"));
    REQUESTS.put("/api/topics/{id}", List.of("/api/topics/graph-neural-networks"));
    REQUESTS.put("/api/venues", List.of("/api/venues"));
    REQUESTS.put("/api/venues/{id}", List.of("/api/venues/neurips"));
    REQUESTS.put("/api/repositories", List.of("/api/repositories"));
    REQUESTS.put("/api/repositories/{host}/{owner}/{name}", List.of("/api/repositories/github/vita-group/gradientgcn"));
    REQUESTS.put("/api/owners", List.of("/api/owners"));
    REQUESTS.put("/api/owners/{host}/{owner}", List.of("/api/owners/github/vita-group"));
    REQUESTS.put("/api/search", List.of("/api/search?q=neural", "/api/search?q=neurips", "/api/search?q=graph%20networks&mode=hybrid"));
    REQUESTS.put("/api/stats", List.of("/api/stats"));
  }

  /** The class in /sparql of an entity, by the API path its address starts with. */
  private static final Map<String, String> CLASS_BY_API_PATH = Map.of(
      "/api/papers/", "https://schema.org/ScholarlyArticle",
      "/api/topics/", "http://www.w3.org/2004/02/skos/core#Concept",
      "/api/venues/", "https://schema.org/EventSeries",
      "/api/repositories/", "https://schema.org/SoftwareSourceCode",
      "/api/owners/", "http://xmlns.com/foaf/0.1/Agent");

  @Test
  void everyGetEndpointOfTheApiIsRequestedHere() throws Exception {
    JsonNode paths = api.json("/v3/api-docs").get("paths");
    Set<String> endpoints = new TreeSet<>();
    for (String path : paths.propertyNames()) {
      if (path.startsWith("/api/") && paths.get(path).has("get") && !path.equals(JsonLdAdvice.CONTEXT)) {
        endpoints.add(path);
      }
    }
    assertThat(endpoints).containsExactlyInAnyOrderElementsOf(REQUESTS.keySet());
  }

  @org.springframework.beans.factory.annotation.Autowired org.papergraph.api.semantic.EmbeddingUpdater embeddings;

  @Test
  void everyJsonLdResponseBecomesRdfWithoutABaseAndLosesNothing() throws Exception {
    // /similar answers once the seeds have their vectors.
    assertThat(embeddings.awaitCaughtUp(java.time.Duration.ofMinutes(2))).isTrue();
    String base = "http://localhost:" + port;
    JsonNode context = api.parse(api.get(JsonLdAdvice.CONTEXT).body()).get("@context");
    Map<String, Set<String>> entitiesByApiPath = new LinkedHashMap<>();
    for (String request : REQUESTS.values().stream().flatMap(List::stream).toList()) {
      HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri(request)).header("Accept", "application/ld+json").build());
      assertThat(r.statusCode()).as(request + ": " + r.body()).isEqualTo(200);
      ObjectNode doc = (ObjectNode) api.parse(r.body());
      assertThat(doc.get("@context").asString()).as(request).isEqualTo(base + JsonLdAdvice.CONTEXT);
      // The served context inline: Jena fetches no remote context.
      doc.set("@context", context);

      List<String> skipped = new ArrayList<>();
      Model withoutBase = parse(doc.toString(), null, skipped);
      assertThat(skipped).as(request + ": Jena skipped or complained").isEmpty();
      assertThat(withoutBase.isIsomorphicWith(parse(doc.toString(), base + request, new ArrayList<>())))
          .as(request + ": the graph depends on the base IRI").isTrue();

      Set<String> iris = new TreeSet<>();
      collectIris(doc, iris);
      Set<String> nodes = new HashSet<>();
      withoutBase.listStatements().forEach(s -> {
        nodes.add(s.getSubject().toString());
        nodes.add(s.getObject().toString());
      });
      iris.removeAll(nodes);
      assertThat(iris).as(request + ": entities of the JSON missing from the graph").isEmpty();

      for (Statement s : withoutBase.listStatements(null, RDFS.seeAlso, (RDFNode) null).toList()) {
        assertThat(s.getSubject().isURIResource()).as(request + ": %s has an API address but no IRI", s).isTrue();
        String address = s.getObject().asResource().getURI();
        assertThat(address).as(request).startsWith(base + "/api/");
        String apiPath = address.substring(base.length());
        CLASS_BY_API_PATH.keySet().stream().filter(apiPath::startsWith).findFirst().ifPresent(p ->
            entitiesByApiPath.computeIfAbsent(p, k -> new TreeSet<>()).add(s.getSubject().getURI()));
      }
    }
    assertThat(entitiesByApiPath).containsOnlyKeys(CLASS_BY_API_PATH.keySet());
    for (Map.Entry<String, Set<String>> kind : entitiesByApiPath.entrySet()) {
      assertThat(notOfClass(kind.getValue(), CLASS_BY_API_PATH.get(kind.getKey())))
          .as("entities with an address under %s that are not %s in /sparql", kind.getKey(), CLASS_BY_API_PATH.get(kind.getKey()))
          .isEmpty();
    }
    // And the other way round: the paper list names every paper /sparql has.
    assertThat(entitiesByApiPath.get("/api/papers/")).containsAll(sparqlColumn(
        "SELECT ?x WHERE { ?x a <https://schema.org/ScholarlyArticle> }"));
  }

  private static Model parse(String jsonLd, String base, List<String> complaints) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(jsonLd)).lang(Lang.JSONLD).base(base)
        .errorHandler(new ErrorHandler() {
          @Override
          public void warning(String message, long line, long col) {
            complaints.add("warning: " + message);
          }

          @Override
          public void error(String message, long line, long col) {
            complaints.add("error: " + message);
          }

          @Override
          public void fatal(String message, long line, long col) {
            complaints.add("fatal: " + message);
          }
        })
        .parse(m);
    return m;
  }

  /** The {@code iri} of every object in the JSON, wherever it is (outside the context). */
  private static void collectIris(JsonNode node, Set<String> out) {
    if (node.isObject() && node.hasNonNull("iri")) {
      out.add(node.get("iri").asString());
    }
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        if (!name.equals("@context")) {
          collectIris(node.get(name), out);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectIris(element, out);
      }
    }
  }

  private List<String> notOfClass(Set<String> iris, String type) throws Exception {
    String values = iris.stream().map(i -> "<" + i + ">").collect(Collectors.joining(" "));
    return sparqlColumn("SELECT ?x WHERE { VALUES ?x { " + values + " } FILTER NOT EXISTS { ?x a <" + type + "> } }");
  }

  private List<String> sparqlColumn(String query) throws Exception {
    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .header("Accept", "application/sparql-results+json").build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    for (JsonNode binding : api.parse(r.body()).at("/results/bindings")) {
      out.add(binding.at("/x/value").asString());
    }
    return out;
  }
}
