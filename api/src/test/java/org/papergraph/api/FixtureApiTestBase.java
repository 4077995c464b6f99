package org.papergraph.api;

import org.junit.jupiter.api.BeforeEach;
import org.papergraph.api.view.StoreChanges;
import org.papergraph.core.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server on a random port over an in-memory store holding the seeds plus
 * {@link TopicsVenuesFixture}; every subclass shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "papergraph.store.kind=memory")
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
