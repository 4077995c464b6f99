package org.papergraph.api.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.papergraph.api.FixtureApiTestBase;
import tools.jackson.databind.JsonNode;

/**
 * {@code pg:paperCounts} gives, for each kind, what the same aggregate written in plain SPARQL
 * gives over the seeds and the fixture's topics and venues.
 */
class PaperCountsFunctionIT extends FixtureApiTestBase {
  private static final String PREFIXES = """
      PREFIX pg: <https://w3id.org/papergraph/ns#>
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX bibo: <http://purl.org/ontology/bibo/>
      PREFIX schema: <https://schema.org/>
      PREFIX fabio: <http://purl.org/spar/fabio/>
      """;

  @Test
  void eachKindCountsWhatAGroupByCounts() throws Exception {
    Map<String, Long> topics = counts("SELECT ?e ?n WHERE { (?e ?n) pg:paperCounts \"topic\" }");
    assertThat(topics).isEqualTo(counts("""
        SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id ; dcterms:subject ?e }
        GROUP BY ?e"""));
    assertThat(topics).containsEntry("http://localhost:8080/id/topic/neural-networks", 5L);

    Map<String, Long> venues = counts("SELECT ?e ?n WHERE { (?e ?n) pg:paperCounts \"venue\" }");
    assertThat(venues).isNotEmpty().isEqualTo(counts("""
        SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE {
          ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id .
          { ?p bibo:presentedAt/schema:superEvent ?e } UNION { ?p dcterms:isPartOf ?e . ?e a bibo:Journal }
        } GROUP BY ?e"""));

    assertThat(counts("SELECT ?e ?n WHERE { (?e ?n) pg:paperCounts \"owner\" }")).isNotEmpty().isEqualTo(counts("""
        SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id ; pg:hasRepository/pg:owner ?e }
        GROUP BY ?e"""));

    Map<String, Long> months = counts("SELECT ?e ?n WHERE { (?e ?n) pg:paperCounts \"month\" }");
    assertThat(months).isEqualTo(counts("""
        SELECT ?e (COUNT(?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id ; dcterms:created ?d
          BIND(SUBSTR(STR(?d), 1, 7) AS ?e) } GROUP BY ?e"""));
    assertThat(months.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
  }

  @Test
  void aPairOfKindsCountsWhatAGroupByOverBothCounts() throws Exception {
    Map<String, Long> venueTopics = pairs("SELECT ?e ?f ?n WHERE { (?e ?f ?n) pg:paperCounts \"venue-topic\" }");
    assertThat(venueTopics).isNotEmpty().isEqualTo(pairs("""
        SELECT ?e ?f (COUNT(DISTINCT ?p) AS ?n) WHERE {
          ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id ; dcterms:subject ?f .
          { ?p bibo:presentedAt/schema:superEvent ?e } UNION { ?p dcterms:isPartOf ?e . ?e a bibo:Journal }
        } GROUP BY ?e ?f"""));

    assertThat(pairs("SELECT ?e ?f ?n WHERE { (?e ?f ?n) pg:paperCounts \"owner-topic\" }")).isNotEmpty().isEqualTo(pairs("""
        SELECT ?e ?f (COUNT(DISTINCT ?p) AS ?n) WHERE {
          ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id ; dcterms:subject ?f ; pg:hasRepository/pg:owner ?e
        } GROUP BY ?e ?f"""));

    Map<String, Long> topicMonths = pairs("SELECT ?e ?f ?n WHERE { (?e ?f ?n) pg:paperCounts \"topic-month\" }");
    assertThat(topicMonths).isEqualTo(pairs("""
        SELECT ?e ?f (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle ; fabio:hasArXivId ?id ; dcterms:subject ?e ;
          dcterms:created ?d BIND(SUBSTR(STR(?d), 1, 7) AS ?f) } GROUP BY ?e ?f"""));

    // One venue's topics, with the venue bound.
    String venue = venueTopics.keySet().iterator().next().split(" ")[0];
    JsonNode one = sparql(PREFIXES + "SELECT ?f ?n WHERE { (<" + venue + "> ?f ?n) pg:paperCounts \"venue-topic\" }");
    assertThat(one.at("/results/bindings").size()).isEqualTo(venueTopics.keySet().stream().filter(k -> k.startsWith(venue + " ")).count());
  }

  @Test
  void aBoundEntityGetsItsOwnCountAndYearsAreTypedLiterals() throws Exception {
    JsonNode one = sparql(PREFIXES + "SELECT ?n WHERE { (<http://localhost:8080/id/topic/neural-networks> ?n) pg:paperCounts \"topic\" }");
    assertThat(one.at("/results/bindings/0/n/value").asString()).isEqualTo("5");
    assertThat(one.at("/results/bindings/0/n/datatype").asString()).isEqualTo("http://www.w3.org/2001/XMLSchema#integer");
    JsonNode years = sparql(PREFIXES + "SELECT ?y ?n WHERE { (?y ?n) pg:paperCounts \"year\" } ORDER BY ?y");
    assertThat(years.at("/results/bindings/0/y/datatype").asString()).isEqualTo("http://www.w3.org/2001/XMLSchema#gYear");
  }

  @Test
  void anUnknownKindIsAnError() throws Exception {
    HttpResponse<String> r = api.get("/sparql?query=" + enc(PREFIXES + "SELECT * WHERE { (?e ?n) pg:paperCounts \"author\" }"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("pg:paperCounts: the object is one of").contains("not \\\"author\\\"");
    HttpResponse<String> shape = api.get("/sparql?query=" + enc(PREFIXES + "SELECT * WHERE { (?e) pg:paperCounts \"topic\" }"));
    assertThat(shape.statusCode()).isEqualTo(400);
    assertThat(shape.body()).contains("the subject is (?entity ?papers)");
    HttpResponse<String> pairShape = api.get("/sparql?query=" + enc(PREFIXES + "SELECT * WHERE { (?e ?n) pg:paperCounts \"venue-topic\" }"));
    assertThat(pairShape.statusCode()).isEqualTo(400);
    assertThat(pairShape.body()).contains("the subject of \\\"venue-topic\\\" is (?entity ?other ?papers)");
    HttpResponse<String> pairKind = api.get("/sparql?query=" + enc(PREFIXES + "SELECT * WHERE { (?e ?f ?n) pg:paperCounts \"year-topic\" }"));
    assertThat(pairKind.statusCode()).isEqualTo(400);
    assertThat(pairKind.body()).contains("or a pair");
  }

  /** The "?e ?f" → ?n pairs the query's rows give, by the lexical forms of ?e and ?f. */
  private Map<String, Long> pairs(String query) throws Exception {
    Map<String, Long> out = new TreeMap<>();
    sparql(PREFIXES + query).at("/results/bindings").forEach(b -> out.put(b.at("/e/value").asString() + " " + b.at("/f/value").asString(),
        Long.parseLong(b.at("/n/value").asString())));
    return out;
  }

  /** The ?e → ?n pairs the query's rows give, by the lexical form of ?e. */
  private Map<String, Long> counts(String query) throws Exception {
    Map<String, Long> out = new TreeMap<>();
    sparql(PREFIXES + query).at("/results/bindings").forEach(b -> out.put(b.at("/e/value").asString(), Long.parseLong(b.at("/n/value").asString())));
    return out;
  }

  private JsonNode sparql(String query) throws Exception {
    HttpResponse<String> r = api.get("/sparql?query=" + enc(query));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return api.parse(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
