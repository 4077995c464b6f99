package org.papergraph.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged command line's {@code sync} running as a JVM of its own, for the tests that kill
 * it with SIGKILL part of the way through: a kill leaves the target as a crash does, with no
 * store closed and nothing flushed on the way out.
 */
public final class SyncProcess implements AutoCloseable {
  private final Process process;
  private final Path log;

  private SyncProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code papergraph [globalOptions] sync --from FEED} with the JVM's system properties
   * {@code systemProperties} ({@code name=value}), its output in {@code dir/sync.log}.
   */
  public static SyncProcess start(String feed, Path dir, List<String> systemProperties, List<String> globalOptions) throws Exception {
    Path jar = Path.of(System.getProperty("papergraph.it.project-root", ".."), "api", "target", "papergraph.jar");
    assertThat(jar).as("the packaged command line; run the integration tests through Maven's verify").exists();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
    systemProperties.forEach(p -> command.add("-D" + p));
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(globalOptions);
    command.addAll(List.of("sync", "--from", feed));
    Path log = dir.resolve("sync.log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new SyncProcess(p, log);
  }

  /** Kills the process with SIGKILL and asserts that it was killed rather than finished. */
  public void kill() throws Exception {
    process.destroyForcibly();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("killed, not finished:\n" + output()).isNotZero();
  }

  /** What the process printed so far, with its exit status once it has ended. */
  public String output() throws Exception {
    return (process.isAlive() ? "" : "(exited " + process.exitValue() + ") ") + (Files.exists(log) ? Files.readString(log) : "");
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
