package org.papergraph.api.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clients that misbehave, against a live server: they must get a clear answer or lose only their
 * own connection, and the server must go on serving everyone else, writes included.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "papergraph.store.kind=memory",
      "papergraph.seeds.enabled=false",
      "papergraph.reference.enabled=false",
      "papergraph.security.bearer-tokens=" + HostileClientsIT.TOKEN,
      "papergraph.sparql.query-timeout=20s",
      "papergraph.sparql.update-timeout=2s",
      // A short write timeout, so that a client that stops reading is given up on quickly; few
      // worker threads, so that later requests land on the threads that served those clients.
      "server.tomcat.connection-timeout=2s",
      "server.tomcat.threads.max=4",
      "server.tomcat.threads.min-spare=4"
    })
class HostileClientsIT {
  static final String TOKEN = "hostile-token";
  private static final int SLOW_CLIENTS = 3;
  // A million rows from nothing: far more than the socket buffers hold.
  private static final String MANY_ROWS =
      "SELECT ?a ?b ?c WHERE { VALUES ?a { " + numbers() + " } VALUES ?b { " + numbers() + " } VALUES ?c { " + numbers() + " } }";

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void clientsThatNeverReadTheirResultsBreakNoLaterWrite() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        Socket s = new Socket();
        s.setReceiveBufferSize(4096);
        s.connect(new InetSocketAddress("localhost", port));
        OutputStream out = s.getOutputStream();
        out.write(
            ("GET /sparql?query=" + enc(MANY_ROWS) + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/tab-separated-values\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(s);
      }
      // Past the write timeout: the server has given up on all of them by now.
      Thread.sleep(6_000);
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> r = update("INSERT DATA { GRAPH <urn:test:slow> { <urn:test:s> <urn:test:p> " + i + " } }");
      if (r.statusCode() != 204) {
        failed.add(r.statusCode() + " " + r.body());
      }
    }
    assertThat(failed).isEmpty();
    assertThat(ask("ASK { GRAPH <urn:test:slow> { <urn:test:s> <urn:test:p> 19 } }")).isTrue();
  }

  @Test
  void anUpdateOverItsTimeLimitIsStoppedAndWritesNothing() throws Exception {
    // A hundred million combinations, of which the first few match at once: it would write them
    // after a minute or more of work.
    String slow =
        "INSERT { GRAPH <urn:test:slow-update> { ?a <urn:test:sum> ?d } } WHERE { VALUES ?a { "
            + numbers() + "} VALUES ?b { " + numbers() + "} VALUES ?c { " + numbers() + "} VALUES ?d { " + numbers() + "} FILTER(?a + ?b + ?c + ?d < 3) }";
    long start = System.nanoTime();
    HttpResponse<String> r = update(slow);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("Update timed out").contains("nothing of it was written");
    assertThat(millis).isLessThan(15_000);
    assertThat(ask("ASK { GRAPH <urn:test:slow-update> { ?s ?p ?o } }")).isFalse();
    assertThat(update("INSERT DATA { GRAPH <urn:test:after> { <urn:test:s> <urn:test:p> 1 } }").statusCode()).isEqualTo(204);
  }

  @Test
  void serviceInsideAnOrderByIsRefusedBeforeAnythingRuns() throws Exception {
    String query =
        "SELECT ?s WHERE { VALUES ?s { <urn:test:a> <urn:test:b> } } ORDER BY (NOT EXISTS { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } })";
    HttpResponse<String> r = get("/sparql?query=" + enc(query), "application/sparql-results+json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("SERVICE is not allowed");
  }

  @Test
  void aFormEncodedQueryOverTomcatsTwoMegabytesIsAnswered() throws Exception {
    // Under the documented 10MB limit, over Tomcat's own default cap on form bodies.
    String query = "ASK { }\n#" + "x".repeat(3 * 1024 * 1024);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("true");
  }

  @Test
  void malformedUrlsGetAProblemDetail() throws Exception {
    for (String target : List.of("/api/papers?cursor=%%%garbage", "/api/papers?q=a\\b", "/api/papers?q=\"x\"", "/api/papers?q={|^}", "/api/papers?q=" + "a".repeat(9 * 1024))) {
      String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
      assertThat(head).as(target).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
      assertThat(response).as(target).contains("\"status\":400").doesNotContain("<html");
    }
  }

  @Test
  void aGzipBodyCountsAgainstTheLimitAsItInflates() throws Exception {
    // Twenty megabytes of blank lines, some twenty kilobytes once gzipped: under the 10MB limit
    // as sent, over it as read.
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
      byte[] lines = "\n".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < 20; i++) {
        out.write(lines);
      }
    }
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri("/api/ingest"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("un-gzips to more than the limit");
  }

  // Sends the bytes as they are: an HTTP client library would refuse or encode them.
  private String raw(String request) throws Exception {
    try (Socket s = new Socket("localhost", port)) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private HttpResponse<String> update(String update) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/sparql-update")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(update))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private boolean ask(String query) throws Exception {
    HttpResponse<String> r = get("/sparql?query=" + enc(query), "application/sparql-results+json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body().contains("true");
  }

  private HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String numbers() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      b.append(i).append(' ');
    }
    return b.toString();
  }
}
