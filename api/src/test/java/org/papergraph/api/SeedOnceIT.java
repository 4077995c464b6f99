package org.papergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.store.GraphStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The seeds load into a new TDB2 store on the first start, and never again. */
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
}
