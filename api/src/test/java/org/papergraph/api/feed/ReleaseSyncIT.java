package org.papergraph.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
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

  private final HttpClient http = HttpClient.newHttpClient();

  private void send(String method, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + TOKEN);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 299);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String record(String id, int version) {
    return "Feeding a release forward, version " + version + ", with transformers and graph neural networks.\n\n"
        + "Accepted at NeurIPS 2022\n\narXiv:" + id + "\nCreated: 2023-02-0" + (1 + version % 9) + "\n";
  }

  @Test
  void aReleaseRestoredAndThenTheFeedFromItsSequenceEndIdenticalToTheSource() throws Exception {
    send("POST", "/api/ingest?name=before-1", "text/plain", record("2302.00001", 1) + "\n" + record("2302.00002", 1));
    send("PUT", "/graph-store?graph=" + enc("http://example.org/release/kept"), "text/turtle", "<http://example.org/a> <http://example.org/p> 1 , [ <http://example.org/q> 2 ] .");

    Release.Result release = new Release(source, iris).write(dir, LocalDate.of(2026, 12, 1));
    assertThat(release.feedSequence()).isEqualTo(ChangeJournal.lastSequence(source)).isPositive();

    // After the release: a replaced record (its provenance's blank node goes), a new one, a
    // SPARQL update onto a graph the release holds, a deleted graph, a replaced graph.
    send("POST", "/api/ingest?name=after-1", "text/plain", record("2302.00001", 2) + "\n" + record("2302.00003", 1));
    send("POST", "/sparql", "application/sparql-update",
        "INSERT DATA { GRAPH <" + iris.paperGraph("2302.00002") + "> { <http://example.org/added> <http://example.org/n> 1 } }");
    send("DELETE", "/graph-store?graph=" + enc(iris.paperGraph("2302.00002")), null, null);
    send("POST", "/api/ingest?name=after-2", "text/plain", record("2302.00002", 3));
    send("PUT", "/graph-store?graph=" + enc("http://example.org/release/kept"), "text/turtle", "<http://example.org/a> <http://example.org/p> 3 .");

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
      assertSameGraphs(mirror);
    }
  }

  private void assertSameGraphs(GraphStore target) {
    // Each store describes its own content: the VoID description is not in the feed.
    Set<String> expected = new TreeSet<>(source.listGraphs());
    expected.remove(iris.voidGraph());
    Set<String> actual = new TreeSet<>(target.listGraphs());
    actual.remove(iris.voidGraph());
    assertThat(actual).isEqualTo(expected);
    for (String g : expected) {
      assertThat(target.getGraph(g).isIsomorphicWith(source.getGraph(g))).as(g).isTrue();
    }
  }
}
