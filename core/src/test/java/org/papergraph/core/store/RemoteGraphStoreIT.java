package org.papergraph.core.store;

import java.net.URI;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The contract against a real Fuseki on port 0, configured as the README says. */
class RemoteGraphStoreIT extends GraphStoreContract {
  static FusekiServer fuseki;

  @BeforeAll
  static void startFuseki() throws Exception {
    Path config = Path.of(RemoteGraphStoreIT.class.getResource("fuseki-union.ttl").toURI());
    fuseki = FusekiServer.create().loopback(true).port(0).parseConfigFile(config.toString()).build().start();
  }

  @AfterAll
  static void stopFuseki() {
    fuseki.stop();
  }

  static StoreConfig config() {
    String base = "http://localhost:" + fuseki.getHttpPort() + "/papergraph/";
    return StoreConfig.remote(URI.create(base + "query"), URI.create(base + "update"), URI.create(base + "data"));
  }

  @Override
  GraphStore openEmptyStore() {
    GraphStore store = GraphStores.open(config());
    store.deleteGraphs(store.listGraphs());
    return store;
  }
}
