package org.papergraph.api.docker;

import java.net.URI;
import java.time.Duration;
import org.papergraph.core.store.StoreConfig;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * Apache Jena Fuseki in a container built from docker/fuseki/Dockerfile (the compose file's
 * "fuseki" profile), with its dataset {@code papergraph}: the remote store of the tests that need
 * a real one. Start it before anything reads its endpoints.
 */
final class FusekiContainer implements AutoCloseable {
  private final GenericContainer<?> container;

  private FusekiContainer(GenericContainer<?> container) {
    this.container = container;
  }

  static FusekiContainer start() {
    GenericContainer<?> c = new GenericContainer<>(ContainerImages.fuseki())
        .withExposedPorts(3030)
        .waitingFor(Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(10)));
    c.start();
    return new FusekiContainer(c);
  }

  /** The dataset's address; its endpoints are {@code /query}, {@code /update} and {@code /data} under it. */
  String dataset() {
    return "http://" + container.getHost() + ":" + container.getMappedPort(3030) + "/papergraph";
  }

  /** The dataset as a remote store of Papergraph's. */
  StoreConfig storeConfig() {
    return StoreConfig.remote(URI.create(dataset() + "/query"), URI.create(dataset() + "/update"), URI.create(dataset() + "/data"));
  }

  @Override
  public void close() {
    container.stop();
  }
}
