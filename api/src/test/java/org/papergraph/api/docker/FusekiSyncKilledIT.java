package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.api.feed.FeedWrites;
import org.papergraph.api.feed.SyncProcess;
import org.papergraph.core.Iris;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.feed.FeedSync;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.vocab.PG;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sync process into Fuseki in a container, killed with SIGKILL in the middle of writing a page,
 * resumes exactly and ends identical to the source, graph by graph.
 *
 * <p>A remote target keeps the sync's state (the feed it follows, the last event applied) in its
 * own graph {@link FeedSync#STATE_GRAPH}. The sync runs as its own JVM (the packaged command line)
 * and talks to Fuseki through {@link HoldingSparqlProxy}, which holds the write of the page after
 * event {@link #HELD_AT} while the process is killed: once with the request's body delivered up
 * to the operation that sets the state, and once delivered whole and committed with its answer
 * never arriving. Fuseki commits the operations of a request cut short at an operation's end, so
 * the first leaves the page's graphs written and the state before them: the resumed sync completes
 * that page from the copies it staged first, and then applies every later event once.
 */
@RequiresDocker
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "papergraph.store.kind=memory",
      "papergraph.security.bearer-tokens=" + FusekiSyncKilledIT.TOKEN,
      "papergraph.linked-data.background-void-refresh=false",
      "papergraph.feed.page-size=2"
    })
class FusekiSyncKilledIT {
  static final String TOKEN = "killed-remote-sync-token";
  private static final long HELD_AT = 6;
  private static final long PAGE = 2;
  private static final Pattern LAST_SEQUENCE = Pattern.compile(Pattern.quote("<" + PG.lastSequence.getURI() + ">") + "\\s+\"(\\d+)\"");
  @RegisterExtension static final FusekiContainer fuseki = new FusekiContainer();
  private static boolean written;

  @LocalServerPort int port;
  @Autowired GraphStore source;
  @Autowired Iris iris;
  @TempDir Path dir;

  @BeforeEach
  void sourceWrittenTargetEmpty() throws Exception {
    if (!written) {
      new FeedWrites(port, TOKEN).recordsReplacedAndDeleted(iris);
      written = true;
    }
    try (GraphStore target = GraphStores.open(fuseki.storeConfig())) {
      target.update(UpdateFactory.create("DROP ALL"), 60_000, 0);
    }
  }

  @Test
  void killedWithThePagesGraphsSentButNotItsStateTheSyncCompletesThatPageAndResumesAfterIt() throws Exception {
    long resumedAt = killDuringTheHeldWrite(HoldingSparqlProxy.Hold.CUT_BODY);
    assertThat(resumedAt).as("the state is that of the pages before the cut one").isEqualTo(HELD_AT);
    resumeToTheEnd(resumedAt, PAGE);
  }

  @Test
  void killedAfterFusekiCommittedThePageButBeforeTheAnswerTheSyncResumesAfterThePage() throws Exception {
    long resumedAt = killDuringTheHeldWrite(HoldingSparqlProxy.Hold.ANSWER);
    assertThat(resumedAt).as("the held page was committed with its state").isEqualTo(HELD_AT + PAGE);
    resumeToTheEnd(resumedAt, 0);
  }

  /**
   * Runs the sync as its own process through the proxy, kills it while the write of the page after
   * {@link #HELD_AT} is held as {@code hold} says, and returns the last event the target then says
   * it applied.
   */
  private long killDuringTheHeldWrite(HoldingSparqlProxy.Hold hold) throws Exception {
    URI upstream = URI.create(fuseki.dataset());
    try (HoldingSparqlProxy proxy = HoldingSparqlProxy.start(upstream, body -> lastSequenceIn(body) > HELD_AT, hold, FusekiSyncKilledIT::beforeTheState)) {
      String dataset = upstream.getPath();
      SyncProcess sync = SyncProcess.start(feed(), dir, List.of(
          "papergraph.store.kind=remote",
          "papergraph.store.query-endpoint=" + proxy.address(dataset + "/query"),
          "papergraph.store.update-endpoint=" + proxy.address(dataset + "/update"),
          "papergraph.store.graph-store-endpoint=" + proxy.address(dataset + "/data")), List.of());
      try (sync) {
        // Generous: a JVM's start on a loaded machine.
        assertThat(proxy.awaitHeld(300)).as("the sync reached the held write:\n" + sync.output()).isTrue();
        assertThat(lastSequenceIn(proxy.heldBody())).as("the page after event " + HELD_AT).isEqualTo(HELD_AT + PAGE);
        sync.kill();
      } finally {
        proxy.release();
      }
      assertThat(proxy.awaitEnded(120)).isTrue();
      if (hold == HoldingSparqlProxy.Hold.CUT_BODY) {
        assertThat(proxy.delivered()).as("the page's graphs were sent, the state not").contains("INSERT DATA").doesNotContain("<" + FeedSync.STATE_GRAPH + ">");
        // What makes the cut matter: a prefix of the request that parses is committed.
        assertThat(proxy.upstreamAnswer()).as("Fuseki's answer to the cut request").startsWith("HTTP/1.1 2");
      } else {
        assertThat(proxy.upstreamAnswer()).startsWith("2");
      }
    }
    try (GraphStore target = GraphStores.open(fuseki.storeConfig())) {
      return new FeedSync(URI.create(feed()), target).lastApplied();
    }
  }

  /**
   * Resumes from {@code resumedAt} with a sync of this JVM and asserts that it completes the {@code
   * completed} events of a cut write, applies each later event once and ends identical to the source.
   */
  private void resumeToTheEnd(long resumedAt, long completed) {
    assertThat(ChangeJournal.lastSequence(source)).isGreaterThan(HELD_AT + 2 * PAGE);
    try (GraphStore target = GraphStores.open(fuseki.storeConfig())) {
      FeedWrites.assertResumesToTheEnd(URI.create(feed()), source, target, iris, resumedAt, completed);
    }
  }

  private String feed() {
    return "http://localhost:" + port + "/changes";
  }

  private static long lastSequenceIn(String update) {
    Matcher m = LAST_SEQUENCE.matcher(update);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  /** The body up to the end of the operation before the one that sets the state: the page's graphs written, the state not. */
  private static int beforeTheState(String update) {
    int state = update.indexOf("<" + FeedSync.STATE_GRAPH + ">");
    assertThat(state).as("the write names the state graph: " + update).isPositive();
    int end = update.lastIndexOf(';', state);
    assertThat(end).as("an operation before the state's: " + update).isPositive();
    return end + 1;
  }
}
