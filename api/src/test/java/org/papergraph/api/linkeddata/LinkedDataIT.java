package org.papergraph.api.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.papergraph.api.LiveServer;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;

/** Entity IRIs, the vocabulary, the JSON-LD context and VoID, over HTTP. */
class LinkedDataIT extends LiveServer {
  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final String PAPER = BASE + "id/paper/2211.08332";

  @Test
  void everyEntityIriDereferences() throws Exception {
    HttpResponse<String> r = query("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + BASE + "id/\") && !CONTAINS(STR(?s), \"#\")) }", "text/csv");
    List<String> iris = new ArrayList<>(r.body().lines().skip(1).map(String::strip).toList());
    assertThat(iris).as(r.statusCode() + " " + r.body()).contains(PAPER).anyMatch(i -> i.contains("/id/repo/")).anyMatch(i -> i.contains("/id/org/"));
    for (String iri : iris) {
      HttpResponse<String> page = get("/" + iri.substring(BASE.length()), "text/turtle");
      assertThat(page.statusCode()).as(iri).isEqualTo(200);
      Graph g = parse(page.body(), Lang.TURTLE);
      assertThat(g.contains(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY)).as("type of %s", iri).isTrue();
    }
  }

  @Test
  void allRdfFormatsSayTheSameAndBrowsersGetHtml() throws Exception {
    String path = "/id/paper/2211.08332";
    Graph turtle = parse(get(path, "text/turtle").body(), Lang.TURTLE);
    assertThat(turtle.contains(NodeFactory.createURI(PAPER), RDF.type.asNode(), NodeFactory.createURI(Vocabularies.SCHEMA + "ScholarlyArticle"))).isTrue();
    for (Lang lang : List.of(Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML)) {
      HttpResponse<String> r = get(path, lang.getHeaderString());
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith(lang.getHeaderString()));
      assertThat(parse(r.body(), lang).isIsomorphicWith(turtle)).as(lang.getLabel()).isTrue();
    }
    HttpResponse<String> html = get(path, BROWSER);
    assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
    assertThat(html.body()).contains("<!DOCTYPE html>").contains("Versatile Diffusion").contains("schema:ScholarlyArticle").doesNotContain("<script");
    assertThat(get(path, "*/*").headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/turtle"));
  }

  @Test
  void unknownEntityIs404() throws Exception {
    assertThat(get("/id/paper/0000.00000", "text/turtle").statusCode()).isEqualTo(404);
    assertThat(get("/id/topic/no-such-topic", BROWSER).statusCode()).isEqualTo(404);
  }

  @Test
  void longListsOfIncomingLinksAreCutAndSaidSo() throws Exception {
    StringBuilder update = new StringBuilder("INSERT DATA { GRAPH <urn:test:many> { <" + BASE + "id/topic/test-many> <" + RDFS.label.getURI() + "> \"many\" .");
    for (int i = 0; i < 30; i++) {
      update.append(" <urn:test:p").append(i).append("> <").append(Vocabularies.DCTERMS).append("subject> <").append(BASE).append("id/topic/test-many> .");
    }
    update.append(" } }");
    assertThat(post("/sparql", "application/sparql-update", update.toString(), "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(204);
    HttpResponse<String> r = get("/id/topic/test-many", "application/n-triples");
    assertThat(r.headers().firstValue(EntityController.TRUNCATED_HEADER)).isPresent();
    assertThat(r.body().lines().count()).isEqualTo(21);
    assertThat(get("/id/topic/test-many", BROWSER).body()).contains("Only the first 20 statements");
    post("/sparql", "application/sparql-update", "DROP GRAPH <urn:test:many>", "Authorization", "Bearer " + TOKEN);
  }

  @Test
  void vocabularyIsServedAtItsNamespace() throws Exception {
    Graph vocab = parse(get("/ns", "text/turtle").body(), Lang.TURTLE);
    assertThat(vocab.contains(PG.hasRepository.asNode(), RDFS.label.asNode(), Node.ANY)).isTrue();
    assertThat(get("/ns", BROWSER).body()).contains("has official repository");
  }

  @Test
  void jsonLdContextExpandsTheProjectsTerms() throws Exception {
    HttpResponse<String> r = get("/ns/context.jsonld", null);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/ld+json"));
    String context = r.body().strip();
    String doc = "{" + context.substring(1, context.length() - 1) + ", \"@id\": \"urn:test:paper\", \"hasRepository\": \"urn:test:repo\", \"sourceLine\": 7}";
    Graph g = parse(doc, Lang.JSONLD);
    assertThat(g.contains(NodeFactory.createURI("urn:test:paper"), PG.hasRepository.asNode(), NodeFactory.createURI("urn:test:repo"))).isTrue();
    assertThat(g.contains(NodeFactory.createURI("urn:test:paper"), PG.sourceLine.asNode(), NodeFactory.createLiteralDT("7", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))).isTrue();
  }

  @Test
  void voidDescribesTheDataset() throws Exception {
    HttpResponse<String> r = get("/.well-known/void", "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    Graph g = parse(r.body(), Lang.TURTLE);
    String check =
        "ASK { ?d a void:Dataset ; void:triples ?t ; void:sparqlEndpoint <http://localhost:"
            + port
            + "/sparql> ; void:uriSpace \""
            + BASE
            + "id/\" ; void:classPartition [ void:class schema:ScholarlyArticle ; void:entities 10 ] FILTER(?t > 100) }";
    var q = org.apache.jena.query.QueryFactory.create(Vocabularies.sparqlPrologue() + check);
    try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, org.apache.jena.rdf.model.ModelFactory.createModelForGraph(g))) {
      assertThat(qe.execAsk()).as(r.body()).isTrue();
    }
  }

  private static Graph parse(String body, Lang lang) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(body, lang).parse(g);
    return g;
  }
}
