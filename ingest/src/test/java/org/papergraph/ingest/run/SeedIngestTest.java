package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.papergraph.core.Iris;
import org.papergraph.core.Software;
import org.papergraph.core.describe.DatasetDescription;
import org.papergraph.core.shacl.StoreValidator;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.TextMatch;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecordReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed ingested into a memory store: provenance, full-text search and SHACL over real records. */
class SeedIngestTest {
  static final Path SEED = Path.of("..", "seeds", "papers.txt");
  static final Iris IRIS = Iris.defaults();
  static GraphStore store;
  static IngestReport report;

  @BeforeAll
  static void ingestSeed() throws Exception {
    store = GraphStores.memory();
    try (PaperRecordReader reader = new PaperRecordReader(Inputs.open(SEED), "papers.txt")) {
      report = IngestPipeline.builder(store).iris(IRIS).build().ingest(reader, "papers.txt");
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void everySeedRecordIsStoredAndConformsToTheShapes() {
    assertThat(report.added()).isEqualTo(10);
    assertThat(report.rejections()).isEmpty();
    StoreValidator.Report validation = new StoreValidator(store).validate();
    // ten records and the ingest run
    assertThat(validation.toText()).startsWith("11 graphs checked, 11 conform");
    assertThat(validation.conforms()).isTrue();
  }

  @Test
  void everyRecordGraphCarriesItsProvenance() {
    ParameterizedSparqlString q =
        new ParameterizedSparqlString(
            Vocabularies.sparqlPrologue()
                + "SELECT ?g ?file ?line ?time ?version WHERE { GRAPH ?g {"
                + "  ?g a prov:Entity ; prov:wasDerivedFrom ?src ; prov:generatedAtTime ?time ; prov:wasGeneratedBy ?run ."
                + "  ?src pg:sourceFile ?file ; pg:sourceLine ?line } "
                + "  ?run a prov:Activity ; prov:wasAssociatedWith ?agent . ?agent schema:softwareVersion ?version ."
                + "} ORDER BY ?line");
    List<String> rows =
        store.query(
            q.asQuery(),
            qe -> {
              List<String> out = new ArrayList<>();
              qe.execSelect().forEachRemaining(s -> out.add(
                  IRIS.arxivIdOf(s.getResource("g").getURI()) + " " + s.getLiteral("file").getString() + ":" + s.getLiteral("line").getLong()
                      + " " + s.getLiteral("version").getString() + " " + s.getLiteral("time").getDatatypeURI()));
              return out;
            });
    assertThat(rows).hasSize(10);
    assertThat(rows.get(0)).isEqualTo("2211.08332 papers.txt:1 " + Software.version() + " http://www.w3.org/2001/XMLSchema#dateTime");
    assertThat(rows.get(1)).startsWith("2211.05770 papers.txt:8 ");
    assertThat(Software.version()).isNotEqualTo("unknown");
  }

  @Test
  void theDatasetDescriptionIsLeftToTheCaller() {
    // Its full scans grow with the store, not the input: the command line and the service
    // recompute it after they write.
    assertThat(store.containsGraph(IRIS.voidGraph())).isFalse();
    Graph described = new DatasetDescription(store, IRIS).describe();
    String papers = Vocabularies.sparqlPrologue()
        + "SELECT ?n WHERE { <" + IRIS.voidDataset() + "> void:classPartition [ void:class schema:ScholarlyArticle ; void:entities ?n ] }";
    try (QueryExecution qe = QueryExecutionFactory.create(QueryFactory.create(papers), ModelFactory.createModelForGraph(described))) {
      assertThat(qe.execSelect().next().getLiteral("n").getLong()).isEqualTo(10);
    }
  }

  @Test
  void aTextSearchForDiffusionFindsVersatileDiffusion() {
    List<TextMatch> matches = store.searchText("diffusion", 20);
    assertThat(matches).extracting(TextMatch::subject).contains(IRIS.paper("2211.08332"));
    assertThat(matches).allSatisfy(m -> assertThat(m.literal().toLowerCase()).contains("diffusion"));

    List<String> viaSparql =
        store.query(
            QueryFactory.create(
                "PREFIX text: <http://jena.apache.org/text#>\n"
                    + "SELECT DISTINCT ?id WHERE { ?p text:query 'diffusion' ; <http://purl.org/spar/fabio/hasArXivId> ?id }"),
            qe -> {
              List<String> out = new ArrayList<>();
              qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("id").getString()));
              return out;
            });
    assertThat(viaSparql).contains("2211.08332");
  }
}
