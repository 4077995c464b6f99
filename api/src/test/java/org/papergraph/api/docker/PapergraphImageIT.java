package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The image of docker/Dockerfile, as a user runs it: it starts, loads the seeds, answers
 * /sparql and /api, reports healthy, runs as a non-root user, and keeps its data on the /data
 * volume across a new container.
 */
@RequiresDocker
class PapergraphImageIT {
  // Generous: the start includes loading the seeds, on a machine that may be busy.
  private static final Duration STARTUP = Duration.ofMinutes(10);

  private static ImageFromDockerfile image;
  private static String volume;

  @BeforeAll
  static void buildImage() {
    image = ContainerImages.papergraph();
    volume = "papergraph-it-" + UUID.randomUUID();
  }

  @AfterAll
  static void removeVolume() {
    boolean created = !DockerClientFactory.instance().client().listVolumesCmd()
        .withFilter("name", List.of(volume)).exec().getVolumes().isEmpty();
    if (created) {
      DockerClientFactory.instance().client().removeVolumeCmd(volume).exec();
    }
  }

  @Test
  void servesTheSeedsAndKeepsThemOnTheVolumeAcrossARestart() throws Exception {
    try (GenericContainer<?> first = papergraphOn(volume)) {
      first.start();
      assertServesTheSeeds(first);
      assertThat(first.getLogs()).contains("Seeds loaded from URL [file:/app/seeds/papers.txt]");
      assertThat(first.execInContainer("id", "-u").getStdout().strip()).isEqualTo("10001");
    }

    try (GenericContainer<?> second = papergraphOn(volume)) {
      second.start();
      assertServesTheSeeds(second);
      // The papers come from the volume, not from a second load of the seeds.
      assertThat(second.getLogs())
          .contains("Store already seeded; seeds not loaded again")
          .doesNotContain("Seeds loaded from");
    }
  }

  @Test
  void declaresTheDataVolumeAndANonRootUser() {
    DockerClient docker = DockerClientFactory.instance().client();
    InspectImageResponse inspected = docker.inspectImageCmd(image.get()).exec();
    assertThat(inspected.getConfig().getVolumes()).containsKey("/data");
    assertThat(inspected.getConfig().getUser()).isEqualTo("papergraph:papergraph");
    assertThat(inspected.getConfig().getHealthcheck()).isNotNull();
  }

  private static GenericContainer<?> papergraphOn(String volumeName) {
    return new GenericContainer<>(image)
        .withExposedPorts(8080)
        .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
            .withBinds(new Bind(volumeName, new Volume("/data"))))
        // The image's own HEALTHCHECK decides when it is ready.
        .waitingFor(Wait.forHealthcheck().withStartupTimeout(STARTUP));
  }

  private static void assertServesTheSeeds(GenericContainer<?> papergraph) throws Exception {
    SeedAssertions.assertServesTheSeeds(
        "http://" + papergraph.getHost() + ":" + papergraph.getMappedPort(8080));
  }
}
