package org.papergraph.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.Iris;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.feed.FeedSync;
import org.papergraph.core.release.Release;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreArchive;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A consumer that loads a release into a fresh store and then follows the feed from the sequence
 * number the release records ends identical to the source, graph by graph, after writes of every
 * kind made once the release was written: what "release plus feed" promises.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "papergraph.store.kind=memory",
      "papergraph.security.bearer-tokens=" + ReleaseSyncIT.TOKEN,
      // The VoID graph is then written only when asked for, so the source stays still between the test's writes.
      "papergraph.linked-data.background-void-refresh=false",
      "papergraph.feed.page-size=4"
    })
class ReleaseSyncIT {
  static final String TOKEN = "release-token";

  @LocalServerPort int port;
  @Autowired GraphStore source;
  @Autowired Iris iris;
  @TempDir Path dir;

  private FeedWrites writes() {
    return new FeedWrites(port, TOKEN);
  }

  @Test
  void aReleaseRestoredAndThenTheFeedFromItsSequenceEndIdenticalToTheSource() throws Exception {
    writes().send("POST", "/api/ingest?name=before-1", "text/plain", FeedWrites.record("2302.00001", 1) + "\n" + FeedWrites.record("2302.00002", 1));
    writes().send("PUT", "/graph-store?graph=" + FeedWrites.enc("http://example.org/release/kept"), "text/turtle", "<http://example.org/a> <http://example.org/p> 1 , [ <http://example.org/q> 2 ] .");

    Release.Result release = new Release(source, iris).write(dir, LocalDate.of(2026, 12, 1));
    assertThat(release.feedSequence()).isEqualTo(ChangeJournal.lastSequence(source)).isPositive();

    // After the release: a replaced record (its provenance's blank node goes), a new one, a
    // SPARQL update onto a graph the release holds, a deleted graph, a replaced graph.
    writes().send("POST", "/api/ingest?name=after-1", "text/plain", FeedWrites.record("2302.00001", 2) + "\n" + FeedWrites.record("2302.00003", 1));
    writes().send("POST", "/sparql", "application/sparql-update",
        "INSERT DATA { GRAPH <" + iris.paperGraph("2302.00002") + "> { <http://example.org/added> <http://example.org/n> 1 } }");
    writes().send("DELETE", "/graph-store?graph=" + FeedWrites.enc(iris.paperGraph("2302.00002")), null, null);
    writes().send("POST", "/api/ingest?name=after-2", "text/plain", FeedWrites.record("2302.00002", 3));
    writes().send("PUT", "/graph-store?graph=" + FeedWrites.enc("http://example.org/release/kept"), "text/turtle", "<http://example.org/a> <http://example.org/p> 3 .");

    try (GraphStore mirror = GraphStores.tdb2(dir.resolve("mirror"))) {
      try (InputStream dump = Files.newInputStream(release.directory().resolve(Release.DUMP))) {
        StoreArchive.restore(mirror, dump, StoreArchive.Format.NQUADS);
      }
      URI feed = URI.create("http://localhost:" + port + "/changes");
      FeedSync sync = new FeedSync(feed, mirror);
      sync.startAt(release.feedSequence());
      FeedSync.Result result = sync.run(0);
      assertThat(result.lastSequence()).isEqualTo(ChangeJournal.lastSequence(source));
      assertThat(result.applied()).as("only the events after the release").isEqualTo(ChangeJournal.lastSequence(source) - release.feedSequence());
      FeedWrites.assertSameGraphs(source, mirror, iris);
    }
  }
}
