package org.papergraph.api.docker;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.papergraph.core.store.StoreConfig;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Apache Jena Fuseki in a container built from docker/fuseki/Dockerfile (the compose file's
 * "fuseki" profile), with its dataset {@code papergraph}: the remote store of the tests that need
 * a real one. A test class registers it as a static extension ({@code @RegisterExtension static
 * final FusekiContainer fuseki = new FusekiContainer();}) beside {@link RequiresDocker}: it starts
 * before the class's tests and before its application context, which may read the endpoints
 * (with {@code @DynamicPropertySource}), and stops after them. Nothing touches Docker before
 * then, so a class that {@link RequiresDocker} skips never asks for it.
 */
final class FusekiContainer implements BeforeAllCallback, AfterAllCallback {
  private GenericContainer<?> container;

  @Override
  public void beforeAll(ExtensionContext context) {
    GenericContainer<?> c = new GenericContainer<>(ContainerImages.fuseki())
        .withExposedPorts(3030)
        .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(10)));
    c.start();
    container = c;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (container != null) {
      container.stop();
      container = null;
    }
  }

  /** The dataset's address; its endpoints are {@code /query}, {@code /update} and {@code /data} under it. */
  String dataset() {
    if (container == null) {
      throw new IllegalStateException("Fuseki is not started: register FusekiContainer as a static @RegisterExtension");
    }
    return "http://" + container.getHost() + ":" + container.getMappedPort(3030) + "/papergraph";
  }

  /** The dataset as a remote store of Papergraph's. */
  StoreConfig storeConfig() {
    return StoreConfig.remote(URI.create(dataset() + "/query"), URI.create(dataset() + "/update"), URI.create(dataset() + "/data"));
  }
}
