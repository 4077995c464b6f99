package org.papergraph.api;

import org.junit.jupiter.api.BeforeEach;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server on a random port over an in-memory store holding the seeds plus
 * {@link TopicsVenuesFixture}; every subclass shares one application context.
 *
 * <p>Topic tagging, venue resolution and the reference graphs are off here, and the fixture
 * gives the seed papers hand-checked topics and venues instead: the REST views (facets,
 * co-occurrence lift and PMI, profiles, similarity) are tested against values worked out by
 * hand, which must not move whenever the tagger is tuned. The extractors themselves are tested
 * in the ingest module, on the same seed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "papergraph.store.kind=memory",
      "papergraph.extract.topics=false",
      "papergraph.extract.venues=false",
      "papergraph.reference.enabled=false"
    })
public abstract class FixtureApiTestBase {
  @LocalServerPort protected int port;
  @Autowired protected GraphStore store;
  @Autowired protected StoreChanges changes;
  protected ApiClient api;

  @BeforeEach
  void loadFixture() {
    TopicsVenuesFixture.load(store, changes);
    api = new ApiClient(port);
  }
}
