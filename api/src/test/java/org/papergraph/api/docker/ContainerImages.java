package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
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

  /**
   * {@value #BASE_IMAGE_ENV} if set; else the locally built {@value #LOCAL_BASE_IMAGE} if the
   * engine has it; else the public {@value #PUBLIC_BASE_IMAGE}.
   */
  static String baseImage() {
    String configured = System.getenv(BASE_IMAGE_ENV);
    String chosen;
    if (configured != null && !configured.isBlank()) {
      chosen = configured;
    } else if (hasLocalImage(LOCAL_BASE_IMAGE)) {
      chosen = LOCAL_BASE_IMAGE;
    } else {
      chosen = PUBLIC_BASE_IMAGE;
    }
    log.info("Base image for the container tests: {}", chosen);
    return chosen;
  }

  private static boolean hasLocalImage(String name) {
    return !DockerClientFactory.instance().client().listImagesCmd()
        .withReferenceFilter(name).exec().isEmpty();
  }

  private static Path projectRoot() {
    String root = System.getProperty("papergraph.it.project-root");
    Path path = root != null ? Path.of(root) : Path.of("..");
    assertThat(Files.isDirectory(path.resolve("docker")))
        .as("project root %s has a docker/ directory", path.toAbsolutePath().normalize()).isTrue();
    return path.toAbsolutePath().normalize();
  }
}
