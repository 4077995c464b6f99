package org.papergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The server on a random port over an empty in-memory store that takes writes with the token
 * {@link #TOKEN}: no seeds, no reference graphs, no extraction, so that a test sees exactly what
 * it writes. Every subclass shares one application context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"papergraph.store.kind=memory", "papergraph.security.bearer-tokens=" + EmptyWritableServerTestBase.TOKEN,
      "papergraph.seeds.enabled=false", "papergraph.reference.enabled=false", "papergraph.extract.topics=false",
      "papergraph.extract.venues=false"})
public abstract class EmptyWritableServerTestBase {
  protected static final String TOKEN = "s3cret";
  /** The IRI base the server mints under. */
  protected static final String BASE = "http://localhost:8080/";

  @LocalServerPort protected int port;
  protected ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  /** Sends a write with the token, and checks that it answered {@code status}. */
  protected HttpResponse<String> write(String method, String path, String contentType, String body, int status) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("Authorization", "Bearer " + TOKEN);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    HttpResponse<String> r = api.send(b.build());
    assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
    return r;
  }

  protected static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
