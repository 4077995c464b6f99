package org.papergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.api.cli.PapergraphCommandLine;
import org.papergraph.core.store.GraphStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The seeds load into a new, empty TDB2 store on the first start, and never again; never into a filled one. */
class SeedOnceIT {

  static long count(ConfigurableApplicationContext ctx, String query) {
    return ctx.getBean(GraphStore.class).query(QueryFactory.create(query), qe -> qe.execSelect().next().getLiteral("n").getLong());
  }

  ConfigurableApplicationContext start(Path dir) {
    return new SpringApplicationBuilder(PapergraphApplication.class)
        .run("--server.port=0", "--papergraph.store.kind=tdb2", "--papergraph.store.location=" + dir.resolve("tdb2"));
  }

  @Test
  void secondStartDoesNotLoadTheSeedsAgain(@TempDir Path dir) {
    String papers = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/ScholarlyArticle> }";
    String runs = "SELECT (COUNT(?r) AS ?n) WHERE { ?r a <https://w3id.org/papergraph/ns#IngestRun> }";
    try (ConfigurableApplicationContext first = start(dir)) {
      assertThat(count(first, papers)).isEqualTo(10);
      assertThat(count(first, runs)).isEqualTo(1);
    }
    try (ConfigurableApplicationContext second = start(dir)) {
      assertThat(count(second, papers)).isEqualTo(10);
      assertThat(count(second, runs)).as("ingest runs after a restart").isEqualTo(1);
    }
  }

  @Test
  void aStoreTheCommandLineFilledIsNotSeeded(@TempDir Path dir) throws Exception {
    // The user's own record under the id of a seed paper, with its own abstract.
    Path mine = dir.resolve("mine.txt");
    Files.writeString(mine, "My own abstract about versatile diffusion, kept as I wrote it.\n\narXiv:2211.08332\nCreated: 2022-11-15\n");
    StringWriter out = new StringWriter();
    int code = PapergraphCommandLine.run(
        new String[] {"--location", dir.resolve("tdb2").toString(), "ingest", "--progress", "none", mine.toString()},
        new PrintWriter(out, true), new PrintWriter(out, true));
    assertThat(code).as(out.toString()).isZero();
    String papers = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://schema.org/ScholarlyArticle> }";
    String seedMarks = "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/papergraph/ns#seedsLoadedAt> ?t }";
    String myAbstract = "SELECT (COUNT(*) AS ?n) WHERE { <http://localhost:8080/id/paper/2211.08332> <http://purl.org/dc/terms/abstract> ?a "
        + "FILTER(STRSTARTS(?a, \"My own abstract\")) }";
    for (int start = 0; start < 2; start++) {
      try (ConfigurableApplicationContext ctx = start(dir)) {
        assertThat(count(ctx, papers)).as("papers after start " + start).isEqualTo(1);
        assertThat(count(ctx, myAbstract)).isEqualTo(1);
        assertThat(count(ctx, seedMarks)).isZero();
      }
    }
  }
}
