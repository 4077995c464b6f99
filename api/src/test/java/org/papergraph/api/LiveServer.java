package org.papergraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running service on a random port, over the in-memory store with the seeds loaded, shared by
 * the integration tests of several features (one Spring context for all of them).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "papergraph.store.kind=memory",
      "papergraph.security.bearer-tokens=" + LiveServer.TOKEN,
      "papergraph.security.api-keys=" + LiveServer.API_KEY,
      "papergraph.sparql.query-timeout=10s",
      "papergraph.sparql.max-request-body=64KB",
      "papergraph.cors.allowed-origins=https://client.example",
      "papergraph.linked-data.max-triples=20",
      "papergraph.feed.page-size=5"
    })
public abstract class LiveServer {
  protected static final String TOKEN = "live-token";
  protected static final String API_KEY = "live-key";
  /** The base IRI entities are minted under (the default), not the random port's address. */
  protected static final String BASE = "http://localhost:8080/";

  @LocalServerPort protected int port;

  protected final HttpClient http = HttpClient.newHttpClient();

  protected URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  protected static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  protected HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  protected HttpResponse<String> query(String query, String accept) throws Exception {
    return get("/sparql?query=" + enc(query), accept);
  }

  protected HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
