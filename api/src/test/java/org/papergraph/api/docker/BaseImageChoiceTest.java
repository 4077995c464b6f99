package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papergraph.api.docker.ContainerImages.LOCAL_BASE_IMAGE;
import static org.papergraph.api.docker.ContainerImages.PUBLIC_BASE_IMAGE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.papergraph.api.docker.BaseImageChoice.Outcome;

/** The base-image decision of the container tests, on imagined machines: no Docker needed. */
class BaseImageChoiceTest {
  private static final String NO_REGISTRY = "Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io: no such host";

  /** A machine: what the engine has, what it can pull, whether build.sh can run. Records what was asked. */
  private static final class Machine implements BaseImageChoice.Probe {
    boolean engine = true;
    boolean require;
    String configured;
    final Set<String> images = new HashSet<>();
    final Map<String, String> pullFailures = new HashMap<>();
    String cannotBuild;
    final List<String> asked = new ArrayList<>();

    @Override
    public boolean engineAnswers() {
      asked.add("engine");
      return engine;
    }

    @Override
    public boolean requireDocker() {
      return require;
    }

    @Override
    public Optional<String> configuredImage() {
      return Optional.ofNullable(configured);
    }

    @Override
    public boolean hasImage(String image) {
      asked.add("has " + image);
      return images.contains(image);
    }

    @Override
    public Optional<String> pull(String image) {
      asked.add("pull " + image);
      return Optional.ofNullable(pullFailures.get(image));
    }

    @Override
    public Optional<String> whyCannotBuild() {
      asked.add("can build");
      return Optional.ofNullable(cannotBuild);
    }

    Machine withoutRegistry() {
      pullFailures.put(PUBLIC_BASE_IMAGE, NO_REGISTRY);
      return this;
    }
  }

  @Test
  void withoutAnEngineTheTestsAreSkippedAndNothingElseIsAsked() {
    Machine machine = new Machine();
    machine.engine = false;
    Outcome outcome = BaseImageChoice.decide(machine);
    assertThat(outcome).isInstanceOf(Outcome.Skip.class);
    assertThat(((Outcome.Skip) outcome).reason()).contains("no Docker engine answers", "Start a Docker engine");
    assertThat(machine.asked).containsExactly("engine");
  }

  @Test
  void withoutAnEngineTheTestsFailWhereRequired() {
    Machine machine = new Machine();
    machine.engine = false;
    machine.require = true;
    Outcome outcome = BaseImageChoice.decide(machine);
    assertThat(outcome).isInstanceOf(Outcome.Fail.class);
    assertThat(((Outcome.Fail) outcome).reason()).startsWith("PAPERGRAPH_REQUIRE_DOCKER is true, but no Docker engine answers");
  }

  @Test
  void theConfiguredImageIsUsedWhenTheEngineHasIt() {
    Machine machine = new Machine().withoutRegistry();
    machine.configured = "example/jre:17";
    machine.images.addAll(Set.of("example/jre:17", LOCAL_BASE_IMAGE));
    assertThat(BaseImageChoice.decide(machine)).isInstanceOf(Outcome.Use.class)
        .extracting(o -> ((Outcome.Use) o).image()).isEqualTo("example/jre:17");
    assertThat(machine.asked).containsExactly("engine", "has example/jre:17");
  }

  @Test
  void theConfiguredImageIsPulledWhenTheEngineLacksIt() {
    Machine machine = new Machine();
    machine.configured = "eclipse-temurin:21-jre";
    assertThat(BaseImageChoice.decide(machine)).isEqualTo(
        new Outcome.Use("eclipse-temurin:21-jre", "PAPERGRAPH_BASE_IMAGE names it; pulled"));
  }

  @Test
  void aConfiguredImageThatCannotBeHadSkipsWithoutFallingBackToAnother() {
    Machine machine = new Machine();
    machine.configured = "example/jre:17";
    machine.pullFailures.put("example/jre:17", "pull access denied");
    machine.images.add(LOCAL_BASE_IMAGE);
    Outcome outcome = BaseImageChoice.decide(machine);
    assertThat(outcome).isInstanceOf(Outcome.Skip.class);
    assertThat(((Outcome.Skip) outcome).reason())
        .contains("PAPERGRAPH_BASE_IMAGE=example/jre:17 is not in the Docker engine and cannot be pulled (pull access denied)");

    machine.require = true;
    assertThat(BaseImageChoice.decide(machine)).isInstanceOf(Outcome.Fail.class);
  }

  @Test
  void theLocallyBuiltImageComesBeforeThePublicOneAndNoRegistryIsAsked() {
    Machine machine = new Machine();
    machine.images.addAll(Set.of(LOCAL_BASE_IMAGE, PUBLIC_BASE_IMAGE));
    assertThat(BaseImageChoice.decide(machine)).isInstanceOf(Outcome.Use.class)
        .extracting(o -> ((Outcome.Use) o).image()).isEqualTo(LOCAL_BASE_IMAGE);
    assertThat(machine.asked).containsExactly("engine", "has " + LOCAL_BASE_IMAGE);
  }

  @Test
  void thePublicImageIsUsedWhenTheEngineHasItOrCanPullIt() {
    Machine cached = new Machine().withoutRegistry();
    cached.images.add(PUBLIC_BASE_IMAGE);
    assertThat(BaseImageChoice.decide(cached)).isEqualTo(new Outcome.Use(PUBLIC_BASE_IMAGE, "the engine has it"));
    assertThat(cached.asked).doesNotContain("pull " + PUBLIC_BASE_IMAGE);

    Machine online = new Machine();
    assertThat(BaseImageChoice.decide(online)).isEqualTo(new Outcome.Use(PUBLIC_BASE_IMAGE, "pulled"));
    assertThat(online.asked).doesNotContain("can build");
  }

  @Test
  void withoutARegistryTheBaseImageIsBuiltFromDebianPackagesWhereThatCanRun() {
    Machine machine = new Machine().withoutRegistry();
    Outcome outcome = BaseImageChoice.decide(machine);
    assertThat(outcome).isEqualTo(new Outcome.Build(LOCAL_BASE_IMAGE, PUBLIC_BASE_IMAGE + " cannot be pulled (" + NO_REGISTRY + ")"));

    Outcome built = BaseImageChoice.afterBuild((Outcome.Build) outcome, Optional.empty(), false);
    assertThat(built).isInstanceOf(Outcome.Use.class).extracting(o -> ((Outcome.Use) o).image()).isEqualTo(LOCAL_BASE_IMAGE);
  }

  @Test
  void aFailedBuildSkipsOrFailsWhereRequired() {
    Outcome.Build build = new Outcome.Build(LOCAL_BASE_IMAGE, "no registry");
    Outcome skipped = BaseImageChoice.afterBuild(build, Optional.of("exit status 1"), false);
    assertThat(skipped).isInstanceOf(Outcome.Skip.class);
    assertThat(((Outcome.Skip) skipped).reason()).contains("build.sh failed to build " + LOCAL_BASE_IMAGE + " (exit status 1)",
        "sudo docker/base-image/build.sh");
    assertThat(BaseImageChoice.afterBuild(build, Optional.of("exit status 1"), true)).isInstanceOf(Outcome.Fail.class);
  }

  @Test
  void withoutARegistryNorAWayToBuildTheTestsAreSkippedSayingWhyAndHowToRunThem() {
    Machine machine = new Machine().withoutRegistry();
    machine.cannotBuild = "it needs root and the tests run as alice; debootstrap is not installed";
    Outcome outcome = BaseImageChoice.decide(machine);
    assertThat(outcome).isInstanceOf(Outcome.Skip.class);
    assertThat(((Outcome.Skip) outcome).reason()).contains(
        PUBLIC_BASE_IMAGE + " cannot be pulled (" + NO_REGISTRY + ")",
        "cannot be built here (it needs root and the tests run as alice; debootstrap is not installed)",
        "sudo docker/base-image/build.sh", "PAPERGRAPH_BASE_IMAGE");

    machine.require = true;
    Outcome required = BaseImageChoice.decide(machine);
    assertThat(required).isInstanceOf(Outcome.Fail.class);
    assertThat(((Outcome.Fail) required).reason()).startsWith("PAPERGRAPH_REQUIRE_DOCKER is true, but no Java base image");
  }

  @Test
  void theLocalImageNamedButMissingIsBuiltWithoutAskingARegistry() {
    Machine machine = new Machine();
    machine.configured = LOCAL_BASE_IMAGE;
    assertThat(BaseImageChoice.decide(machine)).isInstanceOf(Outcome.Build.class);
    assertThat(machine.asked).noneMatch(q -> q.startsWith("pull"));

    machine.images.add(LOCAL_BASE_IMAGE);
    assertThat(BaseImageChoice.decide(machine)).isInstanceOf(Outcome.Use.class);

    Machine cannot = new Machine();
    cannot.configured = LOCAL_BASE_IMAGE;
    cannot.cannotBuild = "debootstrap is not installed";
    assertThat(BaseImageChoice.decide(cannot)).isInstanceOf(Outcome.Skip.class);
  }
}
