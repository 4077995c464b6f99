package org.papergraph.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
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
    new FeedWrites(port, TOKEN).recordsReplacedAndDeleted(iris);
    long last = ChangeJournal.lastSequence(source);
    assertThat(last).isGreaterThan(HELD_AT + 4);

    Path target = dir.resolve("mirror");
    SyncProcess sync = SyncProcess.start("http://localhost:" + port + "/changes", dir, List.of(), List.of("--location", target.toString()));
    try (sync) {
      // Generous: a JVM's start on a loaded machine.
      boolean reached = held.await(300, TimeUnit.SECONDS);
      assertThat(reached).as("the sync reached the held page (the highest page it asked for: since=" + highestSince.get() + "):\n" + sync.output()).isTrue();
      sync.kill();
    } finally {
      released.countDown();
    }

    try (GraphStore mirror = GraphStores.tdb2(target)) {
      URI feed = URI.create("http://localhost:" + port + "/changes");
      assertThat(new FeedSync(feed, mirror).lastApplied()).as("the three pages committed before the kill").isEqualTo(HELD_AT);
      FeedWrites.assertResumesToTheEnd(feed, source, mirror, iris, HELD_AT, 0);
    }
  }
}
