package org.papergraph.ingest.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecordReader;
import org.papergraph.ingest.run.IngestReport;
import org.papergraph.ingest.run.IngestPipeline;

/** The seed ingested with venue resolution, asked with SPARQL which venue each paper was at. */
class PaperGraphMapperVenueTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Iris IRIS = Iris.defaults();
  private static GraphStore store;

  @BeforeAll
  static void ingestSeed() throws IOException {
    store = GraphStores.memory();
    IngestPipeline pipeline = IngestPipeline.builder(store).iris(IRIS).venues(VenueRegistry.load(SEEDS.resolve("reference"))).build();
    try (PaperRecordReader reader = new PaperRecordReader(Inputs.open(SEEDS.resolve("papers.txt")), "papers.txt")) {
      IngestReport report = pipeline.ingest(reader, "papers.txt");
      assertThat(report.ingested()).isEqualTo(10);
    }
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  @Test
  void seedPapersArePresentedAtTheExpectedEditions() {
    Map<String, String> expected = new TreeMap<>();
    for (String id : new String[] {"2211.02077", "2210.16987", "2210.08772", "2210.08122"}) {
      expected.put(id, "NeurIPS 2022");
    }
    expected.put("2211.07379", "QTML 2022");
    expected.put("2210.08578", "ASP-DAC 2023");
    expected.put("2210.08388", "ICDM 2022");
    assertThat(select("""
        SELECT ?id ?label WHERE {
          ?paper fabio:hasArXivId ?id ; bibo:presentedAt ?edition .
          ?edition a bibo:Conference ; schema:superEvent ?series ; pg:year ?year .
          ?series a schema:EventSeries ; skos:prefLabel ?acronym .
          BIND(CONCAT(?acronym, " ", STR(?year)) AS ?label)
        }""")).isEqualTo(expected);
  }

  @Test
  void papersWithoutAVenueStatementHaveNoClaim() {
    assertThat(select("""
        SELECT ?id ?label WHERE {
          ?paper fabio:hasArXivId ?id .
          FILTER NOT EXISTS { ?paper pg:venueClaim ?c }
          BIND("none" AS ?label)
        }""")).containsOnlyKeys("2211.08332", "2211.05770", "2210.14793");
  }

  @Test
  void claimsKeepTheStatementAndItsStatus() {
    assertThat(select("""
        SELECT ?id ?label WHERE {
          ?paper fabio:hasArXivId ?id ; pg:venueClaim ?claim ; pg:comment ?comment .
          ?claim a pg:VenueClaim ; pg:rawText ?comment ; pg:venueStatus ?status ; pg:claimedSeries ?series ; pg:claimedVenue ?edition .
          ?edition schema:superEvent ?series .
          BIND(STRAFTER(STR(?status), "#") AS ?label)
        }"""))
        .containsEntry("2211.02077", "Accepted")
        .containsEntry("2210.08772", "Published")
        .containsEntry("2210.08578", "Accepted")
        .hasSize(7);
  }

  @Test
  void qtmlIsProvisionalAndNamedByTheStatement() {
    assertThat(select("""
        SELECT ?id ?label WHERE {
          ?paper fabio:hasArXivId ?id ; bibo:presentedAt ?edition .
          ?edition pg:provisional true ; schema:superEvent ?series .
          ?series pg:provisional true ; schema:name ?label .
        }""")).containsExactly(Map.entry("2211.07379", "Quantum Techniques in Machine Learning"));
  }

  @Test
  void editionIrisFollowTheNamingScheme() {
    assertThat(select("""
        SELECT ?id ?label WHERE {
          ?paper fabio:hasArXivId ?id ; bibo:presentedAt ?edition .
          BIND(STR(?edition) AS ?label)
        }"""))
        .containsEntry("2210.08578", IRIS.venueEdition("asp-dac", 2023))
        .containsEntry("2211.02077", IRIS.venueEdition("neurips", 2022))
        .containsEntry("2211.07379", IRIS.venueEdition("qtml", 2022));
  }

  /** Runs a query binding ?id and ?label, and gives id to label. */
  private static Map<String, String> select(String where) {
    ParameterizedSparqlString q = new ParameterizedSparqlString(where);
    q.setNsPrefixes(Vocabularies.prefixes());
    return store.query(
        q.asQuery(),
        (QueryExecution qe) -> {
          Map<String, String> out = new TreeMap<>();
          ResultSet rs = qe.execSelect();
          while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.put(s.getLiteral("id").getString(), s.getLiteral("label").getString());
          }
          return out;
        });
  }
}
