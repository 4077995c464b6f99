package org.papergraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;

/** The {@code papergraph ingest} command against a real TDB2 directory. */
class IngestCommandIT {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return PapergraphCommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  long papers(Path tdb) {
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      return store.query(QueryFactory.create("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/ScholarlyArticle> }"),
          qe -> qe.execSelect().next().getLiteral("n").getLong());
    }
  }

  @Test
  void ingestsBothFormatsAndWritesTheReport() throws Exception {
    Path tdb = dir.resolve("tdb2");
    Path report = dir.resolve("report.json");
    int code = run("--location", tdb.toString(), "ingest", "--progress", "none", "--report", report.toString(),
        "../seeds/papers.txt", "../ingest/src/test/resources/org/papergraph/ingest/record/jsonl/arxiv-kaggle-200.jsonl");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("papers.txt: read 10, ingested 10").contains("arxiv-kaggle-200.jsonl: read 200, ingested 200");
    assertThat(Files.readString(report)).startsWith("[{\"run\":").contains("\"ingested\":200");
    assertThat(papers(tdb)).isEqualTo(210);
    // The first file went into an empty store, so through the bulk loader; the second did not.
    assertThat(out.toString().split("bulk load: ", -1)).hasSize(2);
    assertThat(out.toString()).containsPattern("papers.txt: read 10, .*\\R+bulk load: \\d+ quads loaded in ");
    // A local store keeps the description exact in every write: no recount of the store after it.
    assertThat(out.toString()).doesNotContain("VoID description refreshed in");
    assertThat(describedPapers(tdb)).as("the VoID description, kept by the writes").isEqualTo(210);
    // Most of the JSON-lines file is physics and mathematics, which no topic scheme covers: those
    // papers have their primary category as a topic, the twin of the category's concept.
    assertThat(count(tdb, "?p a schema:ScholarlyArticle FILTER NOT EXISTS { ?p dcterms:subject ?t }")).as("papers without a topic").isZero();
    assertThat(count(tdb, "<" + Iris.defaults().paper("0704.0001") + "> dcterms:subject ?t ; pg:primaryArxivCategory ?c . ?c skos:exactMatch ?t . "
        + "?t skos:prefLabel \"High Energy Physics - Phenomenology (hep-ph)\"@en ; skos:inScheme ?s")).isEqualTo(1);
  }

  long count(Path tdb, String where) {
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      return store.query(QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }"),
          qe -> qe.execSelect().next().getLiteral("n").getLong());
    }
  }

  long describedPapers(Path tdb) {
    Iris iris = Iris.defaults();
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      return store.query(QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT ?n WHERE { GRAPH <" + iris.voidGraph() + "> { <"
              + iris.voidDataset() + "> void:classPartition [ void:class schema:ScholarlyArticle ; void:entities ?n ] } }"),
          qe -> qe.execSelect().next().getLiteral("n").getLong());
    }
  }

  @Test
  void bulkOnAStoreHoldingRecordsLoadsTheNewOnesAndLeavesTheStoredOnesAsTheyAre() throws Exception {
    Path tdb = dir.resolve("tdb2");
    assertThat(run("--location", tdb.toString(), "ingest", "--progress", "none", "../seeds/papers.txt")).isZero();
    assertThat(run("--location", tdb.toString(), "ingest", "--progress", "none", "--bulk", "../seeds/papers.txt",
        "../ingest/src/test/resources/org/papergraph/ingest/record/jsonl/arxiv-kaggle-200.jsonl")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("papers.txt: read 10, ingested 10 (added 0, replaced 0, unchanged 10)")
        .contains("arxiv-kaggle-200.jsonl: read 200, ingested 200 (added 200,");
    assertThat(papers(tdb)).isEqualTo(210);
    assertThat(describedPapers(tdb)).as("the VoID description, counted after the load").isEqualTo(210);
  }

  @Test
  void rejectedRecordsGiveExitOneUnlessAllowed() throws Exception {
    Path tdb = dir.resolve("tdb2");
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "Good.\n\narXiv:2211.00001\nCreated: 2022-11-01\n\nBad.\n\narXiv:2211.00002\nCreated: 2022-13-01\n");
    assertThat(run("--location", tdb.toString(), "ingest", "--progress", "none", bad.toString())).isEqualTo(1);
    assertThat(out.toString()).contains("rejected bad.txt:6 (2211.00002): invalid date '2022-13-01' on line 9");
    assertThat(run("--location", tdb.toString(), "ingest", "--progress", "none", "--allow-rejects", bad.toString())).isZero();
    assertThat(papers(tdb)).isEqualTo(1);
  }

  @Test
  void missingFileOrUnknownFormatIsAUsageError() {
    assertThat(run("--location", dir.resolve("tdb2").toString(), "ingest", dir.resolve("nope.txt").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot read").contains("nope.txt");
    assertThat(run("ingest", "--format", "xml", "../seeds/papers.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown --format 'xml'");
  }

  @Test
  void commandsAreToldApartFromServerOptions() {
    assertThat(PapergraphCommandLine.handles(new String[] {"ingest", "x"})).isTrue();
    assertThat(PapergraphCommandLine.handles(new String[] {"--location", "d", "ingest", "x"})).isTrue();
    assertThat(PapergraphCommandLine.handles(new String[] {"--server.port=9090"})).isFalse();
    assertThat(PapergraphCommandLine.handles(new String[] {})).isFalse();
  }
}
