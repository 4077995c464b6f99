package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.PG;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecordReader;

class IngesterTest {
  private final Iris iris = Iris.defaults();
  private final GraphStore store = GraphStores.memory();
  private final IngestPipeline ingester = IngestPipeline.builder(store).iris(iris).build();

  @AfterEach
  void close() {
    store.close();
  }

  private IngestReport ingestSeed() throws IOException {
    try (PaperRecordReader reader = new PaperRecordReader(Inputs.open(Path.of("../seeds/papers.txt")), "papers.txt")) {
      return ingester.ingest(reader, "papers.txt");
    }
  }

  private IngestReport ingestText(String text) {
    return ingester.ingest(new PaperRecordReader(new BufferedReader(new StringReader(text)), "test.txt"), "test.txt");
  }

  private List<QuerySolution> select(String query) {
    return store.query(QueryFactory.create(Vocabularies.sparqlPrologue() + query), qe -> {
      List<QuerySolution> rows = new ArrayList<>();
      qe.execSelect().forEachRemaining(rows::add);
      return rows;
    });
  }

  private long count(String query) {
    return select(query).get(0).getLiteral("n").getLong();
  }

  /** A record graph without its provenance: what the mapper made of the record. */
  private Graph content(String arxivId) {
    Graph g = store.getGraph(iris.paperGraph(arxivId));
    Node graphNode = NodeFactory.createURI(iris.paperGraph(arxivId));
    Graph out = GraphFactory.createDefaultGraph();
    g.find().forEach(t -> {
      if (!t.getSubject().equals(graphNode) && !t.getSubject().isBlank()) {
        out.add(t);
      }
    });
    return out;
  }

  private static Graph golden(String name) {
    return RDFParser.source(Path.of("src/test/resources/org/papergraph/ingest/run/" + name)).toGraph();
  }

  @Test
  void seedYieldsTenPapersWithIdsDatesDoiAndRepositories() throws IOException {
    IngestReport report = ingestSeed();
    assertThat(report.read()).isEqualTo(10);
    assertThat(report.added()).isEqualTo(10);
    assertThat(report.rejected()).isZero();

    assertThat(count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a schema:ScholarlyArticle }")).isEqualTo(10);
    assertThat(select("SELECT ?id ?d WHERE { ?p fabio:hasArXivId ?id ; dcterms:created ?d } ORDER BY ?id"))
        .extracting(s -> s.getLiteral("id").getString() + " " + s.getLiteral("d").getLexicalForm())
        .containsExactly("2210.08122 2022-10-14", "2210.08388 2022-10-15", "2210.08578 2022-10-16",
            "2210.08772 2022-10-17", "2210.14793 2022-10-26", "2210.16987 2022-10-23",
            "2211.02077 2022-11-03", "2211.05770 2022-11-10", "2211.07379 2022-11-09", "2211.08332 2022-11-15");
    assertThat(select("SELECT ?doi WHERE { ?p fabio:hasArXivId \"2210.08578\" ; prism:doi ?doi }"))
        .extracting(s -> s.getLiteral("doi").getString()).containsExactly("10.1145/3566097.3567864");
    assertThat(select("""
        SELECT ?name ?account WHERE {
          ?p fabio:hasArXivId "2211.08332" ; pg:hasOfficialRepository ?r .
          ?r schema:name ?name ; pg:owner ?o . ?o foaf:accountName ?account }"""))
        .extracting(s -> s.getLiteral("account").getString() + "/" + s.getLiteral("name").getString())
        .containsExactly("SHI-Labs/Versatile-Diffusion");
    assertThat(select("SELECT DISTINCT ?r WHERE { ?p pg:hasRepository ?r } ORDER BY ?r"))
        .extracting(s -> s.getResource("r").getURI().substring(iris.base().length()))
        .containsExactly("id/repo/github/shi-labs/stylenat", "id/repo/github/shi-labs/versatile-diffusion",
            "id/repo/github/vita-group/gradientgcn", "id/repo/github/vita-group/m3vit", "id/repo/github/vita-group/symbolicpcc");
    assertThat(count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?r pg:owner ?o }")).isEqualTo(2);
  }

  @Test
  void recordGraphsMatchTheGoldenGraphs() throws IOException {
    ingestSeed();
    assertThat(content("2211.08332").isIsomorphicWith(golden("golden-2211.08332.ttl"))).isTrue();
    Graph aspdac = content("2210.08578");
    Node abstractProp = NodeFactory.createURI(Vocabularies.DCTERMS + "abstract");
    assertThat(aspdac.find(Node.ANY, abstractProp, Node.ANY).toList()).singleElement()
        .satisfies(t -> assertThat(t.getObject().getLiteralLexicalForm()).startsWith("In this paper, we propose a data-model-hardware tri-design"));
    aspdac.remove(Node.ANY, abstractProp, Node.ANY);
    assertThat(aspdac.isIsomorphicWith(golden("golden-2210.08578-paper.ttl"))).isTrue();
  }

  @Test
  void everyRecordGraphCarriesItsProvenance() throws IOException {
    IngestReport report = ingestSeed();
    ParameterizedSparqlString q = new ParameterizedSparqlString(Vocabularies.sparqlPrologue() + """
        SELECT ?file ?line ?run ?at ?version WHERE {
          GRAPH ?g { ?g prov:wasDerivedFrom ?src ; prov:generatedAtTime ?at ; prov:wasGeneratedBy ?run .
                     ?src pg:sourceFile ?file ; pg:sourceLine ?line }
          ?run a pg:IngestRun ; prov:wasAssociatedWith ?agent . ?agent schema:softwareVersion ?version }""");
    q.setIri("g", iris.paperGraph("2210.08578"));
    List<QuerySolution> rows = store.query(q.asQuery(), qe -> {
      List<QuerySolution> out = new ArrayList<>();
      qe.execSelect().forEachRemaining(out::add);
      return out;
    });
    assertThat(rows).singleElement().satisfies(s -> {
      assertThat(s.getLiteral("file").getString()).isEqualTo("papers.txt");
      assertThat(s.getLiteral("line").getLong()).isEqualTo(46);
      assertThat(s.getResource("run").getURI()).isEqualTo(report.runIri());
      assertThat(s.getLiteral("version").getString()).isNotBlank().isNotEqualTo("unknown");
    });
  }

  @Test
  void ingestingTheSameFileTwiceChangesNothing() throws IOException {
    ingestSeed();
    List<Graph> before = new ArrayList<>();
    for (String g : store.listGraphs()) {
      if (iris.isPaperGraph(g)) {
        before.add(store.getGraph(g));
      }
    }
    IngestReport second = ingestSeed();
    assertThat(second.unchanged()).isEqualTo(10);
    assertThat(second.added() + second.replaced()).isZero();
    List<Graph> after = new ArrayList<>();
    for (String g : store.listGraphs()) {
      if (iris.isPaperGraph(g)) {
        after.add(store.getGraph(g));
      }
    }
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).isIsomorphicWith(before.get(i))).isTrue();
    }
  }

  @Test
  void changedRecordReplacesItsGraphWhole() {
    ingestText("Old abstract.\n\nGithub link: https://github.com/a/old\n\narXiv:2211.00001\nCreated: 2022-11-01\n");
    IngestReport report = ingestText("New abstract.\n\narXiv:2211.00001\nCreated: 2022-11-01\n");
    assertThat(report.replaced()).isEqualTo(1);
    assertThat(count("SELECT (COUNT(*) AS ?n) WHERE { ?p pg:hasRepository ?r }")).isZero();
    assertThat(select("SELECT ?a WHERE { ?p dcterms:abstract ?a }")).extracting(s -> s.getLiteral("a").getString())
        .containsExactly("New abstract.");
  }

  @Test
  void laterDuplicateWinsAndIsReported() {
    IngestReport report = ingestText(
        "First version.\n\narXiv:2211.00001\nCreated: 2022-11-01\n\nOther.\n\narXiv:2211.00002\nCreated: 2022-11-02\n\n"
            + "Second version.\n\narXiv:2211.00001v2\nCreated: 2022-11-03\n");
    assertThat(report.duplicates()).containsExactly(new IngestReport.Duplicate("2211.00001", "test.txt", 1, 11));
    assertThat(report.ingested()).isEqualTo(2);
    assertThat(select("SELECT ?a WHERE { ?p fabio:hasArXivId \"2211.00001\" ; dcterms:abstract ?a }"))
        .extracting(s -> s.getLiteral("a").getString()).containsExactly("Second version.");
    assertThat(report.toText()).contains("duplicate 2211.00001 in test.txt: line 11 replaces line 1");
  }

  @Test
  void duplicateAcrossBatchesStillCountsOnce() {
    IngestPipeline smallBatches = IngestPipeline.builder(store).iris(iris).batchSize(1).build();
    IngestReport report = smallBatches.ingest(new PaperRecordReader(new BufferedReader(new StringReader(
        "First.\n\narXiv:2211.00001\nCreated: 2022-11-01\n\nSecond.\n\narXiv:2211.00001\nCreated: 2022-11-03\n")), "t"), "t");
    assertThat(report.added()).isEqualTo(1);
    assertThat(report.ingested()).isEqualTo(1);
    assertThat(report.duplicates()).hasSize(1);
  }

  @Test
  void rejectedRecordsAreInTheReportAndTheirNeighboursIngested() {
    IngestReport report = ingestText(
        "Good.\n\narXiv:2211.00001\nCreated: 2022-11-01\n\nBad date.\n\narXiv:2211.00002\nCreated: 2022-02-31\n\n"
            + "Good too.\n\narXiv:2211.00003\nCreated: 2022-11-03\n");
    assertThat(report.ingested()).isEqualTo(2);
    assertThat(report.rejections()).containsExactly(
        new IngestReport.Rejection("test.txt", 6, "2211.00002", "invalid date '2022-02-31' on line 9 (expected YYYY-MM-DD)"));
    assertThat(report.toJson()).contains("\"rejected\":1")
        .contains("{\"file\":\"test.txt\",\"line\":6,\"arxivId\":\"2211.00002\",\"reason\":\"invalid date '2022-02-31' on line 9 (expected YYYY-MM-DD)\"}");
    assertThat(report.toText()).contains("rejected test.txt:6 (2211.00002): invalid date");
    Node run = NodeFactory.createURI(report.runIri());
    Graph runGraph = store.getGraph(report.runIri());
    assertThat(runGraph.contains(Triple.create(run, PG.recordsRejected.asNode(), NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)))).isTrue();
  }
}
