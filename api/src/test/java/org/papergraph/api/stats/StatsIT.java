package org.papergraph.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.api.FixtureApiTestBase;
import org.papergraph.api.linkeddata.DescriptionRefresher;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.VoidStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** /api/stats over the seeds plus topics and venues. */
class StatsIT extends FixtureApiTestBase {
  @Autowired DescriptionRefresher refresher;

  @Test
  void countsPerClassAndLastIngest() throws Exception {
    // The quad count includes the stored VoID description, which the fixture's write sets off a
    // refresh of: let it land first, so that the count compared below does not move.
    refresher.awaitCurrent();
    JsonNode s = new ApiClient(port).json("/api/stats");
    assertThat(s.at("/counts/papers").asInt()).isEqualTo(10);
    assertThat(s.at("/counts/repositories").asInt()).isEqualTo(5);
    assertThat(s.at("/counts/owners").asInt()).isEqualTo(2);
    assertThat(s.at("/counts/venues").asInt()).isEqualTo(4);
    assertThat(s.at("/counts/venueEditions").asInt()).isEqualTo(5);
    assertThat(s.at("/counts/venueClaims").asInt()).isEqualTo(7);
    assertThat(s.at("/counts/topicAssignments").asInt()).isEqualTo(15);
    assertThat(s.at("/counts/ingestRuns").asInt()).isEqualTo(1);
    assertThat(s.at("/conceptsPerScheme").get("http://localhost:8080/id/scheme/cso").asInt()).isEqualTo(14);
    assertThat(s.at("/lastIngest/source").asString()).isEqualTo("papers.txt");
    assertThat(s.at("/lastIngest/read").asInt()).isEqualTo(10);
    assertThat(s.at("/lastIngest/added").asInt()).isEqualTo(10);
    assertThat(s.at("/links/dataset").asString()).isEqualTo("/.well-known/void");
    assertThat(s.get("quads").asLong()).isEqualTo(store.size());
    assertThat(s.get("graphs").asLong()).isEqualTo(store.listGraphs().size());
  }

  @Test
  void theNumbersComeFromTheMaintainedStatisticsAndEqualACount() throws Exception {
    refresher.awaitCurrent();
    assertThat(VoidStatistics.stored(store, Iris.defaults())).as("a local store keeps its statistics").isPresent();
    JsonNode s = new ApiClient(port).json("/api/stats");
    for (var e : StatsService.CLASSES.entrySet()) {
      long counted = store.query(QueryFactory.create("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a <" + e.getValue() + "> }"),
          qe -> qe.execSelect().next().getLiteral("n").getLong());
      assertThat(s.at("/counts/" + e.getKey()).asLong()).as(e.getKey()).isEqualTo(counted);
    }
    assertThat(s.get("graphs").asLong()).isEqualTo(store.listGraphs().size());
    assertThat(s.get("quads").asLong()).isEqualTo(store.size());
  }
}
