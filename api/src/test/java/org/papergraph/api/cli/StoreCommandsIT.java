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

  static Dataset dump(Path tdb) {
    Dataset ds = DatasetFactory.create();
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      store.exportQuads(StreamRDFLib.dataset(ds.asDatasetGraph()));
    }
    return ds;
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
  void anArchiveNameWithoutAKnownEndingIsAUsageError() {
    assertThat(run("--location", dir.resolve("s").toString(), "export", dir.resolve("dump.zip").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot tell the archive format of 'dump.zip'");
  }
}
