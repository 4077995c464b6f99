package org.papergraph.ingest.extract.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecordReader;
import org.papergraph.ingest.run.IngestPipeline;

/** The ten seed records ingested with topics, and the topic schemes as reference graphs, asked over SPARQL. */
class TopicGraphTest {
  private static final Iris IRIS = Iris.defaults();
  private static GraphStore store;

  @BeforeAll
  static void ingestSeeds() throws IOException {
    store = GraphStores.memory();
    new TopicSchemeWriter(IRIS).load(store, TestTopics.reference().schemes());
    try (PaperRecordReader reader = new PaperRecordReader(Inputs.open(TestTopics.SEEDS.resolve("papers.txt")), "papers.txt")) {
      IngestPipeline.builder(store).iris(IRIS).topics(TestTopics.reference()).build().ingest(reader, "papers.txt");
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @ParameterizedTest
  @CsvSource({
    "2211.08332, diffusion models",
    "2210.08122, GCN",
    "2210.08388, knowledge distillation",
    "2210.16987, congestion control",
  })
  void seedPapersHaveTheTopicsAReaderExpects(String arxivId, String label) {
    ParameterizedSparqlString q = query("""
        SELECT ?score ?method WHERE {
          GRAPH ?g {
            ?paper dcterms:subject ?topic ; pg:topicAssignment ?a .
            ?a a pg:TopicAssignment ; pg:topic ?topic ; pg:score ?score ; pg:method ?method .
          }
          ?topic a skos:Concept ; skos:prefLabel|skos:altLabel ?label .
        }""");
    q.setIri("g", IRIS.paperGraph(arxivId));
    q.setIri("paper", IRIS.paper(arxivId));
    q.setLiteral("label", label, "en");
    List<Double> scores = select(q.asQuery(), "score");
    assertThat(scores).hasSize(1);
    assertThat(scores.get(0)).isBetween(TopicTagger.MIN_SCORE, 1.0);
  }

  @Test
  void everyAssignmentNamesADeclaredMethodAndAConceptOfAScheme() {
    ParameterizedSparqlString q = query("""
        SELECT ?a WHERE {
          ?a a pg:TopicAssignment ; pg:topic ?topic ; pg:method ?method .
          FILTER (?method NOT IN (pg:CsoSyntacticMatch, pg:CsoBroaderEnhancement, pg:PwcMethodMatch, pg:CuratedTopicMatch, pg:PwcTaskMatch, pg:PrimaryCategoryTopic)
                  || NOT EXISTS { ?topic skos:inScheme ?scheme . ?scheme a skos:ConceptScheme })
        }""");
    assertThat(select(q.asQuery(), "a")).isEmpty();
    assertThat(select(query("SELECT ?a WHERE { ?a a pg:TopicAssignment }").asQuery(), "a")).hasSizeGreaterThan(20);
  }

  @Test
  void everyAssignmentShowsItsEvidenceAsTheWordsOfThePaperAtTheirOffsets() {
    // Assignments with no evidence, and evidence whose offsets do not point at its words in the title or abstract.
    ParameterizedSparqlString q = query("""
        SELECT ?a WHERE {
          GRAPH ?g {
            ?paper pg:topicAssignment ?a .
            { FILTER NOT EXISTS { ?a pg:evidence ?e0 } }
            UNION
            { ?a pg:evidence ?e . ?e a pg:TopicEvidence ; pg:matchedText ?text ; pg:textPosition ?pos ; pg:startOffset ?s ; pg:endOffset ?end .
              ?paper (dcterms:title|dcterms:abstract) ?source .
              BIND (IF(?pos = pg:TitleText, EXISTS { ?paper dcterms:title ?source }, EXISTS { ?paper dcterms:abstract ?source }) AS ?right)
              FILTER (?right)
              FILTER (SUBSTR(STR(?source), ?s + 1, ?end - ?s) != ?text) }
          }
        }""");
    assertThat(select(q.asQuery(), "a")).isEmpty();
    assertThat(select(query("SELECT ?e WHERE { GRAPH ?g { ?e a pg:TopicEvidence ; pg:startOffset ?s } }").asQuery(), "e")).hasSizeGreaterThan(20);
  }

  @Test
  void theCsoGraphIsAValidSkosScheme() {
    ParameterizedSparqlString prefLabels = query("""
        SELECT ?c WHERE {
          GRAPH ?g { ?c a skos:Concept OPTIONAL { ?c skos:prefLabel ?l } }
        } GROUP BY ?c HAVING (COUNT(?l) != 1)""");
    prefLabels.setIri("g", IRIS.referenceGraph("cso"));
    assertThat(select(prefLabels.asQuery(), "c")).isEmpty();
    ParameterizedSparqlString dangling = query("""
        SELECT ?b WHERE {
          GRAPH ?g { ?c skos:broader|skos:related ?b }
          FILTER NOT EXISTS { ?b a skos:Concept }
        }""");
    for (String graph : List.of("cso", "pwc-methods", "pwc-tasks")) {
      dangling.setIri("g", IRIS.referenceGraph(graph));
      assertThat(select(dangling.asQuery(), "b")).as(graph).isEmpty();
    }
    ParameterizedSparqlString scheme = query("""
        SELECT ?c WHERE {
          GRAPH ?g { ?s a skos:ConceptScheme ; dcterms:license ?licence ; dcterms:source ?source ; dcterms:bibliographicCitation ?credit ;
                         skos:hasTopConcept ?c . ?c skos:topConceptOf ?s ; skos:exactMatch ?cso }
        }""");
    scheme.setIri("g", IRIS.referenceGraph("cso"));
    scheme.setIri("licence", "https://creativecommons.org/licenses/by/4.0/");
    assertThat(select(scheme.asQuery(), "c")).hasSizeGreaterThan(5);
    scheme.setIri("g", IRIS.referenceGraph("pwc-methods"));
    scheme.setIri("licence", "https://creativecommons.org/licenses/by-sa/4.0/");
    assertThat(select(scheme.asQuery(), "c")).hasSizeGreaterThan(100);
    scheme.setIri("g", IRIS.referenceGraph("pwc-tasks"));
    assertThat(select(scheme.asQuery(), "c")).hasSizeGreaterThan(1000);
  }

  /**
   * A field of Papergraph's vocabulary rolls up the narrower concepts written under it: a query
   * along skos:broader from agriculture reaches precision agriculture, and so the papers on it.
   */
  @Test
  void aFieldOfPapergraphsVocabularyRollsUpItsNarrowerConcepts() {
    ParameterizedSparqlString narrower = query("""
        SELECT ?n WHERE { GRAPH ?g { ?n skos:broader+ ?field } }""");
    narrower.setIri("g", IRIS.referenceGraph(PapergraphTopics.NAME));
    Map<String, List<String>> expected = Map.of(
        "agriculture", List.of("precision-agriculture"),
        "proteins", List.of("protein-design"),
        "radiology", List.of("chest-x-ray", "radiomics"),
        "politics", List.of("political-bias"),
        "ecology", List.of("ecological-monitoring"),
        "finance", List.of("financial-nlp"),
        "neuroscience", List.of("brain-decoding", "brain-network-analysis"));
    expected.forEach((field, concepts) -> {
      narrower.setIri("field", IRIS.topic(field));
      assertThat(select(narrower.asQuery(), "n").stream().map(Object::toString))
          .as(field)
          .containsAll(concepts.stream().map(IRIS::topic).toList());
    });
  }

  private static ParameterizedSparqlString query(String body) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(body);
    q.setNsPrefixes(Vocabularies.prefixes());
    return q;
  }

  private static <T> List<T> select(Query q, String var) {
    return store.query(
        q,
        qe -> {
          List<T> out = new ArrayList<>();
          qe.execSelect()
              .forEachRemaining(
                  s -> {
                    var node = s.get(var);
                    @SuppressWarnings("unchecked")
                    T value = (T) (node.isLiteral() ? (Object) node.asLiteral().getDouble() : node.toString());
                    out.add(value);
                  });
          return out;
        });
  }
}
