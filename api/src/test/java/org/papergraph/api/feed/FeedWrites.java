package org.papergraph.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.papergraph.core.Iris;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.feed.FeedSync;
import org.papergraph.core.store.GraphStore;

/**
 * Writes to a test server as a client with a bearer token does, through any write endpoint, for
 * the tests that follow those writes through the change feed; the records they ingest; and what
 * those tests assert of the sync's target.
 */
public final class FeedWrites {
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;
  private final String token;

  public FeedWrites(int port, String token) {
    this.port = port;
    this.token = token;
  }

  /** Sends one request and asserts it succeeded; {@code contentType} and {@code body} may be null. */
  public void send(String method, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isBetween(200, 299);
  }

  /**
   * Twelve records ingested, two of them replaced by a second ingest and a third deleted: a feed
   * of creates, replaces and a delete for the tests that kill a sync part of the way through it.
   */
  public void recordsReplacedAndDeleted(Iris iris) throws Exception {
    StringBuilder records = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      records.append(record(String.format("2303.%05d", i), 1)).append("\n");
    }
    send("POST", "/api/ingest?name=first", "text/plain", records.toString());
    send("POST", "/api/ingest?name=second", "text/plain", record("2303.00002", 2) + "\n" + record("2303.00005", 3));
    send("DELETE", "/graph-store?graph=" + enc(iris.paperGraph("2303.00007")), null, null);
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A record in the record format whose content differs by {@code version}: a new version replaces its graph. */
  public static String record(String id, int version) {
    return "Following a change feed, version " + version + ", with transformers and graph neural networks.\n\n"
        + "Accepted at NeurIPS 2022\n\narXiv:" + id + "\nCreated: 2023-01-0" + (1 + version % 9) + "\n";
  }

  /**
   * Resumes the sync of {@code target} from {@code feed} after a kill and asserts that it completes
   * the {@code completed} events of a page write cut short, applies each later event once (those
   * after {@code resumedAt} and the completed ones), reaches the source's last event and ends with
   * the source's graphs.
   */
  public static void assertResumesToTheEnd(URI feed, GraphStore source, GraphStore target, Iris iris, long resumedAt, long completed) {
    long last = ChangeJournal.lastSequence(source);
    FeedSync.Result result = new FeedSync(feed, target).run(0);
    assertThat(result.completed()).as("the events of the cut write, completed from its staged graphs").isEqualTo(completed);
    assertThat(result.applied()).as("every event after them, once").isEqualTo(last - resumedAt - completed);
    assertThat(result.lastSequence()).isEqualTo(last);
    assertSameGraphs(source, target, iris);
  }

  /** Asserts that {@code target} holds the graphs {@code source} holds, each isomorphic, the VoID descriptions aside. */
  public static void assertSameGraphs(GraphStore source, GraphStore target, Iris iris) {
    // Each store describes its own content: the VoID description is not in the feed.
    Set<String> expected = new TreeSet<>(source.listGraphs());
    expected.remove(iris.voidGraph());
    Set<String> actual = new TreeSet<>(target.listGraphs());
    actual.remove(iris.voidGraph());
    assertThat(actual).isEqualTo(expected);
    for (String g : expected) {
      Graph want = source.getGraph(g);
      Graph got = target.getGraph(g);
      assertThat(got.isIsomorphicWith(want)).as(() -> g + ": " + difference(want, got)).isTrue();
    }
  }

  /** What a failing comparison needs to say: the sizes, and a few triples without blank nodes that only one side holds. */
  private static String difference(Graph want, Graph got) {
    List<String> missing = onlyIn(want, got);
    List<String> extra = onlyIn(got, want);
    return want.size() + " triples expected, " + got.size() + " found; missing " + missing.size() + " " + missing.stream().limit(5).toList()
        + "; unexpected " + extra.size() + " " + extra.stream().limit(5).toList();
  }

  private static List<String> onlyIn(Graph a, Graph b) {
    return a.find().toList().stream()
        .filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank() && !b.contains(t))
        .map(Object::toString)
        .sorted()
        .toList();
  }
}
