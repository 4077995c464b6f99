package org.papergraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.embed.PaperEmbedder;

/** {@code papergraph embed} on a real TDB2 directory: embeds the papers once, then finds nothing left to do. */
class EmbedCommandIT {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return PapergraphCommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  // The tests' configuration turns the topic check off (src/test/resources/config); here it runs,
  // as it does by default.
  @BeforeEach
  void topicCheckOn() {
    System.setProperty("papergraph.embedding.topic-check", "true");
  }

  @AfterEach
  void topicCheckAsConfigured() {
    System.clearProperty("papergraph.embedding.topic-check");
  }

  @Test
  void embedsEveryPaperOnceAndResumesWithNothingLeft() {
    Path store = dir.resolve("tdb2");
    assertThat(run("--location", store.toString(), "ingest", "--progress", "none", "../seeds/papers.txt")).as(err.toString()).isZero();
    out.getBuffer().setLength(0);

    assertThat(run("--location", store.toString(), "embed", "--progress", "log")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("embed: 0 of 10 papers to embed").contains("embed: 10 of 10 papers to embed (100%)")
        .contains("embed: 10 papers, 10 embedded");
    assertThat(Files.isDirectory(dir.resolve("tdb2-vectors"))).isTrue();
    assertThat(out.toString()).containsPattern("topic check: 10 papers, \\d+ of their \\d+ topic assignments removed, \\d+ held-back matches admitted")
        .as("the check runs its own model").contains("; model " + PaperEmbedder.E5_SMALL_V2_Q);

    out.getBuffer().setLength(0);
    assertThat(run("--location", store.toString(), "embed", "--progress", "none")).isZero();
    assertThat(out.toString()).contains("embed: 10 papers, 0 embedded").contains("topic check: 0 papers, 0 of their 0 topic assignments removed, 0 held-back matches admitted");
  }

  @Test
  void ingestWithEmbedLeavesNothingToEmbed() {
    Path store = dir.resolve("tdb2");
    assertThat(run("--location", store.toString(), "ingest", "--embed", "--progress", "none", "../seeds/papers.txt")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("embed: 10 papers, 10 embedded");

    out.getBuffer().setLength(0);
    assertThat(run("--location", store.toString(), "embed", "--threads", "1", "--progress", "none")).isZero();
    assertThat(out.toString()).contains("embed: 10 papers, 0 embedded");
  }

  @Test
  void ingestWithEmbedIntoAStoreWithoutADirectoryIsAUsageErrorBeforeAnyWrite() {
    assertThat(run("--store", "memory", "ingest", "--embed", "../seeds/papers.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("--embed: vectors are kept on disk for a tdb2 store only, not a memory store");
  }

  @Test
  void aStoreWithoutADirectoryIsAUsageError() {
    assertThat(run("--store", "memory", "embed")).isEqualTo(2);
    assertThat(out.toString()).contains("vectors are kept on disk for a tdb2 store only");
  }
}
