package org.papergraph.api.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description test manifests
 * (src/test/resources/w3c) over HTTP against the running server. Every request carries the write
 * token, since writes need one here; the store is emptied before each test, so tests that build
 * on a graph left by an earlier one do not depend on order.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"papergraph.store.kind=memory", "papergraph.seeds.enabled=false", "papergraph.security.bearer-tokens=" + W3cProtocolSuiteIT.TOKEN})
class W3cProtocolSuiteIT {
  static final String TOKEN = "w3c-suite-token";

  private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
  private static final String HT = "http://www.w3.org/2011/http#";
  private static final String HTS = "http://www.w3.org/2011/http-statusCodes#";
  private static final String CNT = "http://www.w3.org/2011/content#";
  private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
  private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

  /** Tests that do not apply to this service, with the reason; empty when all apply. */
  private static final Map<String, String> NOT_APPLICABLE = Map.of();

  private static final Map<String, Integer> STATUS = Map.of("OK", 200, "Created", 201, "NoContent", 204, "NotFound", 404);

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @TestFactory
  Stream<DynamicTest> protocol() throws Exception {
    return tests("w3c/protocol/manifest.ttl");
  }

  @TestFactory
  Stream<DynamicTest> graphStoreProtocol() throws Exception {
    Model m = load("w3c/graph-store-protocol/manifest.ttl");
    List<DynamicTest> all = new ArrayList<>();
    for (RDFNode included : list(m, m.listSubjectsWithProperty(m.createProperty(MF, "include")).next(), "include")) {
      tests(Path.of(URI.create(included.asResource().getURI()))).forEach(all::add);
    }
    return all.stream();
  }

  @TestFactory
  Stream<DynamicTest> serviceDescription() throws Exception {
    return tests("w3c/service-description/manifest.ttl");
  }

  private Stream<DynamicTest> tests(String resource) throws Exception {
    URL url = getClass().getClassLoader().getResource(resource);
    return tests(Path.of(url.toURI()));
  }

  private Stream<DynamicTest> tests(Path manifest) {
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, manifest.toUri().toString());
    Resource root = m.listSubjectsWithProperty(RDF.type, m.createResource(MF + "Manifest")).next();
    return list(m, root, "entries").stream()
        .map(RDFNode::asResource)
        .map(test -> DynamicTest.dynamicTest(name(test), () -> run(m, test)));
  }

  private static String name(Resource test) {
    return test.getLocalName() + ": " + test.getProperty(test.getModel().createProperty(MF, "name")).getString();
  }

  private void run(Model m, Resource test) throws Exception {
    String id = test.getLocalName();
    if (NOT_APPLICABLE.containsKey(id)) {
      Assumptions.abort(NOT_APPLICABLE.get(id));
    }
    send("POST", "/sparql", Map.of("content-type", "application/sparql-update"), "DROP ALL".getBytes(StandardCharsets.UTF_8), Set.of(204));
    for (Statement s : test.listProperties(m.createProperty(UT, "graphData")).toList()) {
      Resource data = s.getResource();
      byte[] nt = Files.readAllBytes(Path.of(URI.create(data.getPropertyResourceValue(m.createProperty(UT, "graph")).getURI())));
      String graph = data.getProperty(RDFS.label).getString();
      send("PUT", "/graph-store?graph=" + java.net.URLEncoder.encode(graph, StandardCharsets.UTF_8), Map.of("content-type", "application/n-triples"), nt, Set.of(201, 204));
    }
    if (test.hasProperty(RDF.type, m.createResource(MF + "ServiceDescriptionTest"))) {
      serviceDescriptionTest(id);
      return;
    }
    Resource action = test.getPropertyResourceValue(m.createProperty(MF, "action"));
    String location = null;
    for (RDFNode r : list(m, action, HT, "requests")) {
      location = request(m, r.asResource(), location);
    }
  }

  // Sends one ht:Request and checks its ht:Response; returns the Location it gave, if asked to.
  private String request(Model m, Resource req, String location) throws Exception {
    String method = req.getProperty(m.createProperty(HT, "methodName")).getString();
    String path = substitute(req.getProperty(m.createProperty(HT, "absolutePath")).getString(), location);
    path = path.startsWith("/sparql/") ? "/sparql" + path.substring("/sparql/".length()) : path.startsWith("/gsp") ? "/graph-store" + path.substring(4) : path;
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (RDFNode h : list(m, req, HT, "headers")) {
      headers.put(
          h.asResource().getProperty(m.createProperty(HT, "fieldName")).getString(),
          h.asResource().getProperty(m.createProperty(HT, "fieldValue")).getString());
    }
    byte[] body = null;
    Resource b = req.getPropertyResourceValue(m.createProperty(HT, "body"));
    if (b != null) {
      Statement enc = b.getProperty(m.createProperty(CNT, "characterEncoding"));
      Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc.getString());
      body = substitute(b.getProperty(m.createProperty(CNT, "chars")).getString(), location).getBytes(cs);
    }
    Resource resp = req.getPropertyResourceValue(m.createProperty(HT, "resp"));
    HttpResponse<byte[]> response = send(method, path, headers, body, null);
    String context = method + " " + path + " -> " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);

    List<Resource> expected = resp.listProperties(m.createProperty(MF, "expectedStatus")).mapWith(Statement::getResource).toList();
    assertThat(expected.stream().anyMatch(s -> statusMatches(s.getURI(), response.statusCode()))).as("status of %s, expected %s", context, expected).isTrue();

    String contentType = response.headers().firstValue("content-type").orElse(null);
    Statement format = resp.getProperty(m.createProperty(MF, "expectedFormat"));
    if (format != null) {
      checkFormat(format.getString(), contentType, context);
    }
    Statement bool = resp.getProperty(m.createProperty(MF, "expectedBoolean"));
    if (bool != null) {
      Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(contentType).getContentTypeStr());
      assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(response.body()), lang)).as(context).isEqualTo(bool.getBoolean());
    }
    for (RDFNode h : list(m, resp, HT, "headers")) {
      String field = h.asResource().getProperty(m.createProperty(HT, "fieldName")).getString();
      String value = h.asResource().getProperty(m.createProperty(HT, "fieldValue")).getString();
      String actual = response.headers().firstValue(field).orElse(null);
      assertThat(actual).as("header %s of %s", field, context).isNotNull();
      if (field.equalsIgnoreCase("content-type")) {
        assertThat(sameMediaType(actual, value)).as("content type %s of %s, expected %s", actual, context, value).isTrue();
      } else {
        assertThat(actual).as(context).isEqualTo(value);
      }
    }
    Resource expectedBody = resp.getPropertyResourceValue(m.createProperty(HT, "body"));
    if (expectedBody != null && !method.equals("HEAD")) {
      Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(contentType).getContentTypeStr());
      Graph want = parse(expectedBody.getProperty(m.createProperty(CNT, "chars")).getString().getBytes(StandardCharsets.UTF_8), lang);
      Graph got = parse(response.body(), lang);
      assertThat(got.isIsomorphicWith(want)).as("graph returned by %s", context).isTrue();
    }
    Statement loc = resp.getProperty(m.createProperty(MF, "expectedLocation"));
    if (loc != null) {
      return response.headers().firstValue("location").orElseThrow(() -> new AssertionError("no Location header in " + context));
    }
    return location;
  }

  private static void checkFormat(String format, String contentType, String context) {
    assertThat(contentType).as("content type of %s", context).isNotNull();
    Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(contentType).getContentTypeStr());
    Set<Lang> allowed =
        switch (format) {
          case "boolean" -> Set.of(ResultSetLang.RS_XML, ResultSetLang.RS_JSON);
          case "tabular" -> Set.of(ResultSetLang.RS_XML, ResultSetLang.RS_JSON, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
          case "RDF" -> Set.of(Lang.RDFXML, Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD);
          default -> throw new AssertionError("unknown expected format " + format);
        };
    assertThat(allowed).as("format of %s", context).contains(lang);
  }

  private void serviceDescriptionTest(String id) throws Exception {
    HttpResponse<byte[]> response = send("GET", "/sparql", Map.of("accept", "text/turtle, application/rdf+xml;q=0.9"), null, Set.of(200));
    String contentType = response.headers().firstValue("content-type").orElseThrow();
    Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(contentType).getContentTypeStr());
    assertThat(lang).as("an RDF format").isIn(Lang.TURTLE, Lang.RDFXML);
    Model sd = ModelFactory.createModelForGraph(parse(response.body(), lang));
    Property endpoint = sd.createProperty(SD, "endpoint");
    String url = "http://localhost:" + port + "/sparql";
    switch (id) {
      case "returns-rdf" -> assertThat(sd.isEmpty()).isFalse();
      case "has-endpoint-triple" -> assertThat(sd.listSubjectsWithProperty(endpoint, sd.createResource(url)).toList()).hasSize(1);
      case "conforms-to-schema" -> conformsToSchema(sd);
      default -> fail("unknown service description test " + id);
    }
  }

  // The constraints of the sd: schema that a description can break: every sd:Service has an IRI
  // endpoint, its languages, formats and features are IRIs, and its dataset is described with
  // sd:Dataset and sd:Graph nodes.
  private static void conformsToSchema(Model sd) {
    List<Resource> services = sd.listSubjectsWithProperty(RDF.type, sd.createResource(SD + "Service")).toList();
    assertThat(services).isNotEmpty();
    Set<String> languages = Set.of(SD + "SPARQL10Query", SD + "SPARQL11Query", SD + "SPARQL11Update");
    for (Resource s : services) {
      assertThat(s.listProperties(sd.createProperty(SD, "endpoint")).toList()).isNotEmpty().allMatch(st -> st.getObject().isURIResource());
      assertThat(s.listProperties(sd.createProperty(SD, "supportedLanguage")).toList())
          .isNotEmpty()
          .allMatch(st -> st.getObject().isURIResource() && languages.contains(st.getResource().getURI()));
      for (String p : List.of("resultFormat", "feature", "inputFormat", "defaultEntailmentRegime", "extensionFunction")) {
        assertThat(s.listProperties(sd.createProperty(SD, p)).toList()).allMatch(st -> st.getObject().isURIResource());
      }
      for (Statement ds : s.listProperties(sd.createProperty(SD, "defaultDataset")).toList()) {
        assertThat(ds.getResource().hasProperty(RDF.type, sd.createResource(SD + "Dataset"))).isTrue();
        for (Statement g : ds.getResource().listProperties(sd.createProperty(SD, "defaultGraph")).toList()) {
          assertThat(g.getResource().hasProperty(RDF.type, sd.createResource(SD + "Graph"))).isTrue();
        }
      }
    }
  }

  private HttpResponse<byte[]> send(String method, String path, Map<String, String> headers, byte[] body, Set<Integer> expect) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + TOKEN)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    HttpResponse<byte[]> response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (expect != null) {
      assertThat(response.statusCode()).as("%s %s: %s", method, path, new String(response.body(), StandardCharsets.UTF_8)).isIn(expect);
    }
    return response;
  }

  private static boolean statusMatches(String iri, int code) {
    String name = iri.substring(HTS.length());
    if (name.matches("StatusCode[1-5]xx")) {
      return code / 100 == name.charAt("StatusCode".length()) - '0';
    }
    Integer want = STATUS.get(name);
    if (want == null) {
      throw new AssertionError("unknown status " + iri);
    }
    return want == code;
  }

  private static boolean sameMediaType(String actual, String expected) {
    ContentType a = ContentType.create(actual);
    ContentType e = ContentType.create(expected);
    return a.getContentTypeStr().equalsIgnoreCase(e.getContentTypeStr())
        && (e.getCharset() == null || e.getCharset().equalsIgnoreCase(a.getCharset()));
  }

  private static Graph parse(byte[] bytes, Lang lang) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base("http://example/base/").parse(g);
    return g;
  }

  private static String substitute(String text, String location) {
    return location == null ? text : text.replace("$LOCATION$", location);
  }

  private static Model load(String resource) throws Exception {
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, W3cProtocolSuiteIT.class.getClassLoader().getResource(resource).toURI().toString());
    return m;
  }

  private static List<RDFNode> list(Model m, Resource subject, String localName) {
    return list(m, subject, MF, localName);
  }

  private static List<RDFNode> list(Model m, Resource subject, String ns, String localName) {
    Resource head = subject.getPropertyResourceValue(m.createProperty(ns, localName));
    return head == null ? List.of() : head.as(RDFList.class).asJavaList();
  }
}
