package org.papergraph.api.docker;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.papergraph.api.semantic.EmbeddingUpdater;
import org.papergraph.core.store.StoreConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Papergraph in remote mode against Fuseki in a container built from docker/fuseki/Dockerfile
 * (the compose file's "fuseki" profile): the seeds go into Fuseki, and /sparql and /api answer
 * from there.
 */
@RequiresDocker
@EnabledIf(value = "remoteBackendPresent", disabledReason = RemoteStoreIT.NO_REMOTE_BACKEND)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemoteStoreIT {
  static final String NO_REMOTE_BACKEND = "Skipped: this build has no remote store backend:"
      + " StoreConfig lacks queryEndpoint/updateEndpoint/graphStoreEndpoint"
      + " (papergraph.store.query-endpoint, .update-endpoint, .graph-store-endpoint) and"
      + " GraphStores.open rejects papergraph.store.kind=remote";

  // Started before the application context, which reads the endpoints below.
  @RegisterExtension static final FusekiContainer fuseki = new FusekiContainer();

  @DynamicPropertySource
  static void remoteStore(DynamicPropertyRegistry registry) {
    // On, as by default: the check's conditional updates run in the remote store.
    registry.add("papergraph.embedding.topic-check", () -> "true");
    registry.add("papergraph.embedding.pause-while-serving", () -> "false");
    registry.add("papergraph.embedding.background-cpu-share", () -> "1");
    registry.add("papergraph.store.kind", () -> "remote");
    registry.add("papergraph.store.query-endpoint", () -> dataset() + "/query");
    registry.add("papergraph.store.update-endpoint", () -> dataset() + "/update");
    registry.add("papergraph.store.graph-store-endpoint", () -> dataset() + "/data");
  }

  @LocalServerPort int port;
  @Autowired EmbeddingUpdater updater;

  @Test
  void checksTheSeedsTopicsInFuseki() throws Exception {
    SeedAssertions.assertTopicsChecked(dataset() + "/query", updater);
  }

  static boolean remoteBackendPresent() {
    Set<String> components = Arrays.stream(StoreConfig.class.getRecordComponents())
        .map(RecordComponent::getName)
        .collect(Collectors.toSet());
    return components.containsAll(Set.of("queryEndpoint", "updateEndpoint", "graphStoreEndpoint"));
  }

  private static String dataset() {
    return fuseki.dataset();
  }

  @Test
  void loadsTheSeedsIntoFusekiAndServesThemFromThere() throws Exception {
    // In Fuseki itself, not only through Papergraph.
    SeedAssertions.assertTenPapersIn(dataset() + "/query");
    SeedAssertions.assertServesTheSeeds("http://localhost:" + port);
  }
}
