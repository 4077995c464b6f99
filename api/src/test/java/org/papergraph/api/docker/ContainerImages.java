package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The images of docker/, built the way the README builds them (repository root as the build
 * context) from what this build just packaged: api/target/papergraph.jar and the Fuseki
 * server jar in api/target/fuseki/.
 */
final class ContainerImages {
  private static final Logger log = LoggerFactory.getLogger(ContainerImages.class);

  /** Overrides the base image of every image built here. */
  static final String BASE_IMAGE_ENV = "PAPERGRAPH_BASE_IMAGE";
  /** The image docker/base-image/build.sh builds where no registry is reachable. */
  static final String LOCAL_BASE_IMAGE = "papergraph/base-jre:17";
  /** The Dockerfiles' own default, pulled from a registry. */
  static final String PUBLIC_BASE_IMAGE = "eclipse-temurin:17-jre";

  private static BaseImageChoice.Outcome outcome;

  private ContainerImages() {}

  static ImageFromDockerfile papergraph() {
    return image("papergraph-it", "docker/Dockerfile", "api/target/papergraph.jar", "seeds/papers.txt");
  }

  static ImageFromDockerfile fuseki() {
    return image("papergraph-fuseki-it", "docker/fuseki/Dockerfile",
        "api/target/fuseki/jena-fuseki-server.jar", "docker/fuseki/config.ttl");
  }

  private static ImageFromDockerfile image(String name, String dockerfile, String... files) {
    Path root = projectRoot();
    ImageFromDockerfile image = new ImageFromDockerfile(name, true)
        .withFileFromPath("Dockerfile", root.resolve(dockerfile))
        .withBuildArg("BASE_IMAGE", baseImage());
    for (String file : files) {
      Path path = root.resolve(file);
      assertThat(path).as("%s (built by `./mvnw package`)", file).isRegularFile();
      image.withFileFromPath(file, path);
    }
    return image;
  }

  /** The base image chosen for this test run; see {@link BaseImageChoice}. */
  static String baseImage() {
    if (baseImageOutcome() instanceof BaseImageChoice.Outcome.Use use) {
      return use.image();
    }
    throw new IllegalStateException("no base image for the container tests: " + baseImageOutcome());
  }

  /**
   * Decided once per test run (one JVM), so that the public image is probed and the local one
   * built at most once, however many test classes ask.
   */
  static synchronized BaseImageChoice.Outcome baseImageOutcome() {
    if (outcome == null) {
      DockerProbe probe = new DockerProbe(projectRoot());
      BaseImageChoice.Outcome decided = BaseImageChoice.decide(probe);
      if (decided instanceof BaseImageChoice.Outcome.Build build) {
        decided = BaseImageChoice.afterBuild(build, probe.build(build.image()), probe.requireDocker());
      }
      if (decided instanceof BaseImageChoice.Outcome.Use use) {
        log.info("Base image for the container tests: {} ({})", use.image(), use.why());
      }
      outcome = decided;
    }
    return outcome;
  }

  private static Path projectRoot() {
    String root = System.getProperty("papergraph.it.project-root");
    Path path = root != null ? Path.of(root) : Path.of("..");
    if (!Files.isDirectory(path.resolve("docker"))) {
      throw new IllegalStateException("project root " + path.toAbsolutePath().normalize() + " has no docker/ directory");
    }
    return path.toAbsolutePath().normalize();
  }
}
