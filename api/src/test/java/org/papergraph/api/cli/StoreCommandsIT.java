package org.papergraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;

/** {@code papergraph validate}, {@code export} and {@code restore} against real TDB2 directories. */
class StoreCommandsIT {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return PapergraphCommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The store's data: every graph but the change feed's journal, which each store keeps of its own writes. */
  static Dataset dump(Path tdb) {
    Dataset ds = DatasetFactory.create();
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      store.exportQuads(StreamRDFLib.dataset(ds.asDatasetGraph()));
    }
    ds.asDatasetGraph().removeGraph(org.apache.jena.graph.NodeFactory.createURI(org.papergraph.core.Iris.FEED_GRAPH));
    return ds;
  }

  @Test
  void releaseWritesADumpItsDescriptionsAndAManifestThatVerifies() throws Exception {
    Path source = dir.resolve("source");
    assertThat(run("--location", source.toString(), "ingest", "--progress", "none", "../seeds/papers.txt")).as(err.toString()).isZero();
    Path releases = dir.resolve("releases");
    assertThat(run("--location", source.toString(), "release", releases.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("consistent with the change feed up to event");
    Path release;
    try (var dirs = java.nio.file.Files.list(releases)) {
      release = dirs.findFirst().orElseThrow();
    }
    Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(release.toFile()).redirectErrorStream(true).start();
    String said = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(check.waitFor()).as(said).isZero();
    Path copy = dir.resolve("copy");
    assertThat(run("--location", copy.toString(), "restore", release.resolve("papergraph.nq.gz").toString())).as(err.toString()).isZero();
    assertThat(IsoMatcher.isomorphic(dump(source).asDatasetGraph(), dump(copy).asDatasetGraph())).isTrue();
  }

  @Test
  void validateExportAndRestoreRoundTrip() {
    Path source = dir.resolve("source");
    assertThat(run("--location", source.toString(), "ingest", "--progress", "none", "../seeds/papers.txt")).as(err.toString()).isZero();
    assertThat(run("--location", source.toString(), "validate")).as(out.toString()).isZero();
    assertThat(out.toString()).contains("0 with violations");

    Path archive = dir.resolve("papergraph.nq.gz");
    assertThat(run("--location", source.toString(), "export", archive.toString())).as(err.toString()).isZero();
    Path copy = dir.resolve("copy");
    assertThat(run("--location", copy.toString(), "restore", archive.toString())).as(err.toString()).isZero();
    assertThat(IsoMatcher.isomorphic(dump(source).asDatasetGraph(), dump(copy).asDatasetGraph())).isTrue();

    assertThat(run("--location", copy.toString(), "restore", archive.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("restore needs an empty store");
  }

  @Test
  void compactKeepsTheDataAndTheTextIndexAndTheStoreTakesWritesAfter() throws Exception {
    Path tdb = dir.resolve("store");
    assertThat(run("--location", tdb.toString(), "ingest", "--progress", "none", "../seeds/papers.txt")).as(err.toString()).isZero();
    Dataset before = dump(tdb);
    assertThat(run("--location", tdb.toString(), "compact")).as(err.toString()).isZero();
    assertThat(out.toString()).containsPattern("compacted .* in [0-9.]+ s: [0-9.]+ MB before, [0-9.]+ MB after");
    assertThat(java.nio.file.Files.isDirectory(tdb.resolve("Data-0002"))).isTrue();
    assertThat(IsoMatcher.isomorphic(before.asDatasetGraph(), dump(tdb).asDatasetGraph())).isTrue();

    Path record = dir.resolve("one.txt");
    java.nio.file.Files.writeString(record, "Quokka-shaped tensors compress well.\n\narXiv:2301.09999\nCreated: 2023-01-20\n");
    assertThat(run("--location", tdb.toString(), "ingest", "--progress", "none", record.toString())).as(err.toString()).isZero();
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      assertThat(store.searchText("versatile diffusion", 5)).isNotEmpty();
      assertThat(store.searchText("quokka", 5)).isNotEmpty();
    }
  }

  @Test
  void compactRefusesAMemoryStore() {
    assertThat(run("--store", "memory", "compact")).isEqualTo(2);
    assertThat(err.toString()).contains("compact works on a TDB2 store");
  }

  @Test
  void anArchiveNameWithoutAKnownEndingIsAUsageError() {
    assertThat(run("--location", dir.resolve("s").toString(), "export", dir.resolve("dump.zip").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot tell the archive format of 'dump.zip'");
  }
}
