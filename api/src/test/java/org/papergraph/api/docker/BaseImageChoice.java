package org.papergraph.api.docker;

import java.util.Optional;

/**
 * Which Java base image the container tests build their images on, or why they cannot run:
 * the decision alone, with every question about the machine asked through {@link Probe}, so
 * that it can be tested without Docker ({@link DockerProbe} asks a real engine).
 *
 * <p>In order: the image {@value ContainerImages#BASE_IMAGE_ENV} names; else
 * {@value ContainerImages#LOCAL_BASE_IMAGE} if the engine has it; else the public
 * {@value ContainerImages#PUBLIC_BASE_IMAGE} if the engine has it or can pull it; else
 * {@value ContainerImages#LOCAL_BASE_IMAGE} built from Debian packages by
 * docker/base-image/build.sh where that can run; else the tests are skipped, or fail where
 * {@value #REQUIRE_DOCKER}{@code =true}.
 */
final class BaseImageChoice {
  static final String REQUIRE_DOCKER = "PAPERGRAPH_REQUIRE_DOCKER";

  private static final String HOW_TO_RUN = " To run them: build the base image once from Debian"
      + " packages with `sudo docker/base-image/build.sh` (needs debootstrap, no registry), or"
      + " set " + ContainerImages.BASE_IMAGE_ENV + " to a local image with Java 17, bash,"
      + " useradd and groupadd (see docker/README.md#tests).";

  private BaseImageChoice() {}

  /** What the decision asks about the machine. Only what it needs is asked, in order. */
  interface Probe {
    boolean engineAnswers();

    /** {@value #REQUIRE_DOCKER}{@code =true}: a skip is an error instead. */
    boolean requireDocker();

    /** {@value ContainerImages#BASE_IMAGE_ENV}, if set and not blank. */
    Optional<String> configuredImage();

    boolean hasImage(String image);

    /** Pulls {@code image}, giving up quickly where no registry answers; empty when pulled, else why not. */
    Optional<String> pull(String image);

    /** Why docker/base-image/build.sh cannot run here (not root, no debootstrap, ...); empty if it can. */
    Optional<String> whyCannotBuild();
  }

  sealed interface Outcome {
    /** Build the images on {@code image}, which the engine has now. */
    record Use(String image, String why) implements Outcome {}

    /** Build {@code image} with docker/base-image/build.sh, then use it (see {@link #afterBuild}). */
    record Build(String image, String why) implements Outcome {}

    /** Skip the container tests; {@code reason} says why and how to run them. */
    record Skip(String reason) implements Outcome {}

    /** Fail the container tests: they were required and cannot run. */
    record Fail(String reason) implements Outcome {}
  }

  static Outcome decide(Probe probe) {
    if (!probe.engineAnswers()) {
      return cannotRun(probe.requireDocker(), "no Docker engine answers (DOCKER_HOST or"
          + " /var/run/docker.sock), so the container tests of docker/ cannot run here.",
          " Start a Docker engine to run them (CI does, see .ci/run).");
    }
    Optional<String> configured = probe.configuredImage();
    if (configured.isPresent() && !configured.get().equals(ContainerImages.LOCAL_BASE_IMAGE)) {
      String image = configured.get();
      if (probe.hasImage(image)) {
        return new Outcome.Use(image, ContainerImages.BASE_IMAGE_ENV + " names it and the engine has it");
      }
      Optional<String> pullFailure = probe.pull(image);
      if (pullFailure.isEmpty()) {
        return new Outcome.Use(image, ContainerImages.BASE_IMAGE_ENV + " names it; pulled");
      }
      return cannotRun(probe.requireDocker(), ContainerImages.BASE_IMAGE_ENV + "=" + image
          + " is not in the Docker engine and cannot be pulled (" + pullFailure.get() + ").",
          " Build or load that image, or unset " + ContainerImages.BASE_IMAGE_ENV + ".");
    }
    if (probe.hasImage(ContainerImages.LOCAL_BASE_IMAGE)) {
      return new Outcome.Use(ContainerImages.LOCAL_BASE_IMAGE, "built locally before");
    }
    if (configured.isEmpty()) {
      if (probe.hasImage(ContainerImages.PUBLIC_BASE_IMAGE)) {
        return new Outcome.Use(ContainerImages.PUBLIC_BASE_IMAGE, "the engine has it");
      }
      Optional<String> pullFailure = probe.pull(ContainerImages.PUBLIC_BASE_IMAGE);
      if (pullFailure.isEmpty()) {
        return new Outcome.Use(ContainerImages.PUBLIC_BASE_IMAGE, "pulled");
      }
      Optional<String> buildImpossible = probe.whyCannotBuild();
      if (buildImpossible.isEmpty()) {
        return new Outcome.Build(ContainerImages.LOCAL_BASE_IMAGE,
            ContainerImages.PUBLIC_BASE_IMAGE + " cannot be pulled (" + pullFailure.get() + ")");
      }
      return cannotRun(probe.requireDocker(), "no Java base image for the images of docker/:"
          + " " + ContainerImages.PUBLIC_BASE_IMAGE + " cannot be pulled (" + pullFailure.get() + "),"
          + " " + ContainerImages.LOCAL_BASE_IMAGE + " is not in the Docker engine and cannot be"
          + " built here (" + buildImpossible.get() + ").", HOW_TO_RUN);
    }
    // Configured as the local image, which is missing: build it if possible, pull nothing.
    Optional<String> buildImpossible = probe.whyCannotBuild();
    if (buildImpossible.isEmpty()) {
      return new Outcome.Build(ContainerImages.LOCAL_BASE_IMAGE,
          ContainerImages.BASE_IMAGE_ENV + " names it and the engine does not have it");
    }
    return cannotRun(probe.requireDocker(), ContainerImages.BASE_IMAGE_ENV + "="
        + ContainerImages.LOCAL_BASE_IMAGE + " is not in the Docker engine and cannot be built"
        + " here (" + buildImpossible.get() + ").", HOW_TO_RUN);
  }

  /** The outcome once {@code build} ran: {@code failure} is empty when the image was built. */
  static Outcome afterBuild(Outcome.Build build, Optional<String> failure, boolean requireDocker) {
    if (failure.isEmpty()) {
      return new Outcome.Use(build.image(), "built from Debian packages by docker/base-image/build.sh, as "
          + build.why());
    }
    return cannotRun(requireDocker, "no Java base image for the images of docker/: " + build.why()
        + ", and docker/base-image/build.sh failed to build " + build.image() + " ("
        + failure.get() + ").", HOW_TO_RUN);
  }

  private static Outcome cannotRun(boolean requireDocker, String why, String how) {
    if (requireDocker) {
      return new Outcome.Fail(REQUIRE_DOCKER + " is true, but " + why);
    }
    return new Outcome.Skip("Skipped: " + why + how);
  }
}
