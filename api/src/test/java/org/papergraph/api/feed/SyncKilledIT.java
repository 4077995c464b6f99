package org.papergraph.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.Iris;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.feed.FeedSync;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * A sync process killed with SIGKILL part of the way through resumes exactly where its last
 * committed page ended and ends identical to the source, graph by graph.
 *
 * <p>The sync runs as its own JVM (the packaged command line) into TDB2 on disk. The source holds
 * the sync's request for the page after the third one until the process has been killed, so the
 * kill always lands mid-sync, with three pages committed and the store never closed.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "papergraph.store.kind=memory",
      "papergraph.security.bearer-tokens=" + SyncKilledIT.TOKEN,
      "papergraph.linked-data.background-void-refresh=false",
      "papergraph.feed.page-size=2"
    })
class SyncKilledIT {
  static final String TOKEN = "killed-sync-token";
  private static final long HELD_AT = 6;

  /** Counts the feed pages asked for and holds the one after event {@link #HELD_AT} until released. */
  static final CountDownLatch held = new CountDownLatch(1);
  static final CountDownLatch released = new CountDownLatch(1);
  static final AtomicLong highestSince = new AtomicLong(-1);

  @TestConfiguration
  static class HoldingFilter {
    @Bean
    Filter holdThePageAfterTheThirdOne() {
      return (request, response, chain) -> {
        var http = (jakarta.servlet.http.HttpServletRequest) request;
        String since = http.getParameter("since");
        if (http.getRequestURI().equals("/changes") && since != null) {
          long s = Long.parseLong(since);
          highestSince.accumulateAndGet(s, Math::max);
          if (s == HELD_AT && released.getCount() > 0) {
            held.countDown();
            try {
              released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        }
        chain.doFilter(request, response);
      };
    }
  }

  @LocalServerPort int port;
  @Autowired GraphStore source;
  @Autowired Iris iris;
  @TempDir Path dir;

  @Test
  void aSyncKilledMidwayResumesAfterItsLastCommittedPageAndEndsIdenticalToTheSource() throws Exception {
    FeedWrites writes = new FeedWrites(port, TOKEN);
    StringBuilder records = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      records.append(FeedWrites.record(String.format("2303.%05d", i), 1)).append("\n");
    }
    writes.send("POST", "/api/ingest?name=first", "text/plain", records.toString());
    writes.send("POST", "/api/ingest?name=second", "text/plain", FeedWrites.record("2303.00002", 2) + "\n" + FeedWrites.record("2303.00005", 3));
    writes.send("DELETE", "/graph-store?graph=" + FeedWrites.enc(iris.paperGraph("2303.00007")), null, null);
    long last = ChangeJournal.lastSequence(source);
    assertThat(last).isGreaterThan(HELD_AT + 4);

    Path target = dir.resolve("mirror");
    Process sync = startSync(target);
    try {
      // Generous: a JVM's start on a loaded machine.
      boolean reached = held.await(300, TimeUnit.SECONDS);
      assertThat(reached).as("the sync reached the held page (the highest page it asked for: since=" + highestSince.get() + "):\n" + output(sync)).isTrue();
      sync.destroyForcibly();
      assertThat(sync.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(sync.exitValue()).as("killed, not finished").isNotZero();
    } finally {
      released.countDown();
      sync.destroyForcibly();
    }

    try (GraphStore mirror = GraphStores.tdb2(target)) {
      FeedSync resumed = new FeedSync(java.net.URI.create("http://localhost:" + port + "/changes"), mirror);
      assertThat(resumed.lastApplied()).as("the three pages committed before the kill").isEqualTo(HELD_AT);
      FeedSync.Result result = resumed.run(0);
      assertThat(result.applied()).as("every event after them, once").isEqualTo(last - HELD_AT);
      assertThat(result.lastSequence()).isEqualTo(last);
      FeedWrites.assertSameGraphs(source, mirror, iris);
    }
  }

  private Process startSync(Path target) throws Exception {
    Path jar = Path.of(System.getProperty("papergraph.it.project-root", ".."), "api", "target", "papergraph.jar");
    assertThat(jar).as("the packaged command line; run the integration tests through Maven's verify").exists();
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-jar",
            jar.toString(),
            "--location",
            target.toString(),
            "sync",
            "--from",
            "http://localhost:" + port + "/changes")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("sync.log").toFile())
        .start();
  }

  private String output(Process p) throws Exception {
    Path log = dir.resolve("sync.log");
    return (p.isAlive() ? "" : "(exited " + p.exitValue() + ") ") + (Files.exists(log) ? Files.readString(log) : "");
  }
}
