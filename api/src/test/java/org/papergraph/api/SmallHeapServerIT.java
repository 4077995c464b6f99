package org.papergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server in a child JVM with a small heap, against the requests that used to exhaust
 * it: an update whose WHERE clause is a cross product, and a gzip body that inflates far past the
 * body limit. Each must get a clear 4xx/5xx problem detail, and the server must stay healthy and
 * go on taking writes.
 */
class SmallHeapServerIT {
  private static final String HEAP = "-Xmx200m";
  private static final String TOKEN = "small-heap-token";
  /** Typed nodes for the cross product: their square, in bindings, is far more than the heap holds. */
  private static final int ITEMS = 2000;

  @TempDir static Path dir;
  private static Process server;
  private static Path log;
  private static int port;
  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    Path jar = Path.of(System.getProperty("papergraph.it.project-root", ".."), "api", "target", "papergraph.jar");
    assertThat(jar).as("the packaged server; run the integration tests through Maven's verify").exists();
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    log = dir.resolve("server.log");
    server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--papergraph.store.kind=tdb2",
                "--papergraph.store.location=" + dir.resolve("tdb2"),
                "--papergraph.seeds.enabled=false",
                "--papergraph.reference.load-on-start=false",
                "--papergraph.security.bearer-tokens=" + TOKEN,
                "--papergraph.sparql.max-request-body=4MB",
                "--papergraph.sparql.update-timeout=20s")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (true) {
      assertThat(server.isAlive()).as("the server exited while starting:\n" + tail()).isTrue();
      try {
        if (get("/actuator/health").statusCode() == 200) {
          return;
        }
      } catch (ConnectException notYet) {
        // still starting
      }
      assertThat(System.nanoTime() - deadline).as("the server did not start in time:\n" + tail()).isNegative();
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
  }

  @Test
  void aCrossProductUpdateIsStoppedAndTheServerGoesOnTakingWrites() throws Exception {
    StringBuilder items = new StringBuilder("INSERT DATA { GRAPH <urn:test:items> {\n");
    for (int i = 0; i < ITEMS; i++) {
      items.append("<urn:test:item").append(i).append("> a <http://schema.org/ScholarlyArticle> .\n");
    }
    assertThat(update(items.append("} }").toString()).statusCode()).isEqualTo(204);

    HttpResponse<String> r =
        update("INSERT { GRAPH <urn:test:product> { ?a <urn:test:p> ?d } } WHERE { ?a a <http://schema.org/ScholarlyArticle> . ?d a <http://schema.org/ScholarlyArticle> }");
    assertThat(r.statusCode()).as(r.body() + "\n" + tail()).isIn(413, 503);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("nothing of it was written");
    assertThat(ask("ASK { GRAPH <urn:test:product> { ?s ?p ?o } }")).isFalse();

    assertStillServing();
  }

  @Test
  void aGzipBodyThatInflatesFarPastTheLimitIs413() throws Exception {
    // The seed records over and over: half a gigabyte, under the 4MB limit once gzipped.
    byte[] records = Files.readAllBytes(Path.of(System.getProperty("papergraph.it.project-root", ".."), "seeds", "papers.txt"));
    Path body = dir.resolve("records.txt.gz");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(body), 1 << 16) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      for (long written = 0; written < 512L * 1024 * 1024; written += records.length) {
        out.write(records);
      }
    }
    assertThat(Files.size(body)).isLessThan(4L * 1024 * 1024);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri("/api/ingest"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofFile(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body() + "\n" + tail()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("nothing was ingested");
    assertThat(ask("ASK { ?paper a <http://schema.org/ScholarlyArticle> ; <http://purl.org/spar/fabio/hasArXivId> ?id }")).isFalse();

    assertStillServing();
  }

  /** The process lives, says it is healthy, never ran out of memory, and a small write lands. */
  private static void assertStillServing() throws Exception {
    assertThat(server.isAlive()).as(tail()).isTrue();
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");
    assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    String marker = "urn:test:after" + System.nanoTime();
    assertThat(update("INSERT DATA { GRAPH <urn:test:after> { <" + marker + "> <urn:test:p> 1 } }").statusCode()).isEqualTo(204);
    assertThat(ask("ASK { <" + marker + "> <urn:test:p> 1 }")).isTrue();
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> update(String text) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri("/sparql"))
            .header("Content-Type", "application/sparql-update")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(text))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static boolean ask(String query) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body().contains("true");
  }

  /** The end of the server's log, for failure messages. */
  private static String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
