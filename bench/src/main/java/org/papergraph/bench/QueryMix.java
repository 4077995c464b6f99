package org.papergraph.bench;

import java.util.List;
import java.util.function.IntFunction;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * The SPARQL queries users of this graph run, each with its parameters drawn in turn from the
 * samples: the same sequence goes to every server.
 */
final class QueryMix {
  private static final String PREFIXES = """
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX bibo: <http://purl.org/ontology/bibo/>
      PREFIX fabio: <http://purl.org/spar/fabio/>
      PREFIX schema: <https://schema.org/>
      PREFIX pg: <https://w3id.org/papergraph/ns#>
      """;

  /** One query of the mix: its name, whether it is a graph query, and its i-th instance. */
  record Entry(String name, boolean graph, IntFunction<String> instance) {}

  static List<Entry> entries(Samples s) {
    List<String> papers = s.get("paper");
    List<String> topics = s.get("topic");
    List<String> venues = s.get("venue");
    List<String> owners = s.get("owner");
    List<String> terms = s.get("term");
    return List.of(
        new Entry("topic-counts", false, i -> PREFIXES + """
            SELECT ?topic ?label ?n WHERE {
              { SELECT ?topic (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p dcterms:subject ?topic }
                GROUP BY ?topic ORDER BY DESC(?n) LIMIT 50 }
              OPTIONAL { ?topic skos:prefLabel ?label }
            } ORDER BY DESC(?n)"""),
        new Entry("venue-x-topic", false, i -> PREFIXES + """
            SELECT ?series ?topic (COUNT(DISTINCT ?p) AS ?n) WHERE {
              ?p bibo:presentedAt/schema:superEvent ?series ; dcterms:subject ?topic
            } GROUP BY ?series ?topic ORDER BY DESC(?n) LIMIT 100"""),
        new Entry("topic-cooccurrence", false, i -> bind(PREFIXES + """
            SELECT ?other ?label (COUNT(DISTINCT ?p) AS ?n) WHERE {
              ?p dcterms:subject ?topic, ?other FILTER(?other != ?topic)
              OPTIONAL { ?other skos:prefLabel ?label }
            } GROUP BY ?other ?label ORDER BY DESC(?n) LIMIT 20""", "topic", pick(topics, i))),
        new Entry("lab-profile", false, i -> bind(PREFIXES + """
            SELECT ?topic ?series (COUNT(DISTINCT ?p) AS ?n) WHERE {
              ?repo pg:owner ?owner . ?p pg:hasRepository ?repo ; dcterms:subject ?topic .
              OPTIONAL { ?p bibo:presentedAt/schema:superEvent ?series }
            } GROUP BY ?topic ?series ORDER BY DESC(?n) LIMIT 30""", "owner", pick(owners, i))),
        new Entry("paper-lookup", false, i -> {
          ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
              SELECT ?p ?title ?created ?edition ?topic ?repo WHERE {
                ?p fabio:hasArXivId ?id ; dcterms:title ?title ; dcterms:created ?created .
                OPTIONAL { ?p bibo:presentedAt ?edition }
                OPTIONAL { ?p dcterms:subject ?topic }
                OPTIONAL { ?p pg:hasRepository ?repo }
              }""");
          q.setLiteral("id", pick(papers, i));
          return q.toString();
        }),
        new Entry("title-search", false, i -> {
          // A scan with CONTAINS: both servers answer it the same way (Fuseki here has no text index).
          ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
              SELECT ?p ?title WHERE {
                ?p dcterms:title ?title FILTER(CONTAINS(LCASE(?title), ?term))
              } LIMIT 20""");
          q.setLiteral("term", pick(terms, i));
          return q.toString();
        }),
        new Entry("venue-papers", false, i -> bind(PREFIXES + """
            SELECT ?p ?title ?year WHERE {
              ?edition schema:superEvent ?series ; pg:year ?year .
              ?p bibo:presentedAt ?edition ; dcterms:title ?title
            } ORDER BY DESC(?year) ?p LIMIT 50""", "series", pick(venues, i))),
        new Entry("papers-per-month", false, i -> PREFIXES + """
            SELECT ?month (COUNT(DISTINCT ?p) AS ?n) WHERE {
              ?p a schema:ScholarlyArticle ; dcterms:created ?d
              BIND(SUBSTR(STR(?d), 1, 7) AS ?month)
            } GROUP BY ?month ORDER BY ?month"""),
        new Entry("describe-paper", true, i -> {
          ParameterizedSparqlString q = new ParameterizedSparqlString("DESCRIBE ?p WHERE { ?p <http://purl.org/spar/fabio/hasArXivId> ?id }");
          q.setLiteral("id", pick(papers, i));
          return q.toString();
        }));
  }

  private static String bind(String query, String var, String iri) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(query);
    q.setIri(var, iri);
    return q.toString();
  }

  private static String pick(List<String> values, int i) {
    return values.get(Math.floorMod(i, values.size()));
  }
}
