package org.papergraph.api.docker;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The few requests the container tests send, all to loopback ports. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {}

  static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(60))
        .header("Accept", accept)
        .GET()
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A SPARQL query by GET, its results as CSV. */
  static HttpResponse<String> sparqlCsv(String endpoint, String query) throws IOException, InterruptedException {
    return get(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
  }

  /** The single value of a one-row, one-column CSV result. */
  static String singleCsvValue(String csv) {
    String[] lines = csv.strip().split("\r?\n");
    if (lines.length != 2) {
      throw new AssertionError("expected a header and one row, got:\n" + csv);
    }
    return lines[1].strip();
  }
}
