package org.papergraph.api.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/** {@link BaseImageChoice.Probe} against the Docker engine Testcontainers uses, and this machine. */
final class DockerProbe implements BaseImageChoice.Probe {
  private static final Logger log = LoggerFactory.getLogger(DockerProbe.class);

  /** Without a registry the engine answers a pull within a second or so; a silent one is cut off. */
  static final Duration FIRST_PULL_ANSWER = Duration.ofSeconds(20);
  /** Once a pull runs, how long it may go without any progress message. */
  static final Duration PULL_IDLE = Duration.ofSeconds(90);
  /** build.sh takes about 3 minutes on a quiet machine. */
  static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);

  private static final String BUILD_SCRIPT = "docker/base-image/build.sh";
  // debootstrap lives in /usr/sbin, which a user's PATH may lack.
  private static final List<String> SBIN = List.of("/usr/local/sbin", "/usr/sbin", "/sbin");

  private final Path projectRoot;

  DockerProbe(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  @Override
  public boolean engineAnswers() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  @Override
  public boolean requireDocker() {
    return Boolean.parseBoolean(System.getenv(BaseImageChoice.REQUIRE_DOCKER));
  }

  @Override
  public Optional<String> configuredImage() {
    return Optional.ofNullable(System.getenv(ContainerImages.BASE_IMAGE_ENV))
        .map(String::strip).filter(s -> !s.isEmpty());
  }

  @Override
  public boolean hasImage(String image) {
    try {
      client().inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  @Override
  public Optional<String> pull(String image) {
    DockerImageName name = DockerImageName.parse(image);
    AtomicLong lastAnswer = new AtomicLong();
    AtomicReference<String> error = new AtomicReference<>();
    ResultCallback.Adapter<PullResponseItem> callback = new ResultCallback.Adapter<>() {
      @Override
      public void onNext(PullResponseItem item) {
        lastAnswer.set(System.nanoTime());
        if (item.getErrorDetail() != null) {
          error.compareAndSet(null, item.getErrorDetail().getMessage());
        }
      }

      // Not the default, which logs the expected "no such host" as an error with its stack trace.
      @Override
      public void onError(Throwable t) {
        error.compareAndSet(null, t.getMessage());
        try {
          close();
        } catch (IOException e) {
          log.debug("Closing the pull of {}", image, e);
        }
      }
    };
    log.info("Trying to pull {} (given up after {} s without an answer)", image, FIRST_PULL_ANSWER.toSeconds());
    long start = System.nanoTime();
    try (callback) {
      client().pullImageCmd(name.getUnversionedPart()).withTag(name.getVersionPart()).exec(callback);
      while (!completed(callback)) {
        long last = lastAnswer.get();
        if (last == 0 && System.nanoTime() - start > FIRST_PULL_ANSWER.toNanos()) {
          return Optional.of("no answer from the registry within " + FIRST_PULL_ANSWER.toSeconds() + " s");
        }
        if (last != 0 && System.nanoTime() - last > PULL_IDLE.toNanos()) {
          return Optional.of("the pull made no progress for " + PULL_IDLE.toSeconds() + " s");
        }
      }
    } catch (IOException e) {
      log.debug("Closing the pull of {}", image, e);
    } catch (RuntimeException e) {
      error.compareAndSet(null, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
    if (error.get() != null) {
      return Optional.of(error.get().strip());
    }
    return hasImage(image) ? Optional.empty() : Optional.of("the pull ended without the image");
  }

  /** Waits a second for the pull to end; a pull that failed throws here. */
  private static boolean completed(ResultCallback.Adapter<PullResponseItem> callback) throws InterruptedException {
    return callback.awaitCompletion(1, TimeUnit.SECONDS);
  }

  @Override
  public Optional<String> whyCannotBuild() {
    List<String> missing = new ArrayList<>();
    if (!"root".equals(System.getProperty("user.name"))) {
      missing.add("it needs root and the tests run as " + System.getProperty("user.name"));
    }
    if (find("debootstrap").isEmpty()) {
      missing.add("debootstrap is not installed");
    }
    if (find("docker").isEmpty()) {
      missing.add("the docker command is not installed");
    }
    if (!Files.isRegularFile(projectRoot.resolve(BUILD_SCRIPT))) {
      missing.add(BUILD_SCRIPT + " is not in " + projectRoot);
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
  }

  /**
   * Runs docker/base-image/build.sh for {@code image} against the engine Testcontainers uses;
   * empty when it built the image, else why not. Its output goes to api/target.
   */
  Optional<String> build(String image) {
    Path logFile = projectRoot.resolve("api/target/base-image-build.log");
    log.info("Building the base image {} from Debian packages with {} (a few minutes, once;"
        + " its output in {})", image, BUILD_SCRIPT, logFile);
    ProcessBuilder builder = new ProcessBuilder("bash", projectRoot.resolve(BUILD_SCRIPT).toString(), image)
        .directory(projectRoot.toFile())
        .redirectErrorStream(true);
    builder.environment().put("PATH", path());
    builder.environment().put("DOCKER_HOST",
        DockerClientFactory.instance().getTransportConfig().getDockerHost().toString());
    try {
      Files.createDirectories(logFile.getParent());
      Process process = builder.redirectOutput(logFile.toFile()).start();
      if (!process.waitFor(BUILD_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return Optional.of("it did not finish within " + BUILD_TIMEOUT.toMinutes() + " minutes; its output is in " + logFile);
      }
      if (process.exitValue() != 0) {
        return Optional.of("exit status " + process.exitValue() + "; its output is in " + logFile
            + ", ending: " + tail(logFile));
      }
    } catch (IOException e) {
      return Optional.of("it could not be started: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
    return hasImage(image) ? Optional.empty() : Optional.of("it ended without the image; its output is in " + logFile);
  }

  private static String tail(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
  }

  private static Optional<Path> find(String command) {
    return Arrays.stream(path().split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, command))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static String path() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    StringBuilder out = new StringBuilder(path);
    for (String dir : SBIN) {
      if (!List.of(path.split(File.pathSeparator)).contains(dir)) {
        out.append(File.pathSeparator).append(dir);
      }
    }
    return out.toString();
  }

  private static DockerClient client() {
    return DockerClientFactory.instance().client();
  }
}
