package org.papergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the REST API tests, against the server on {@code port}. */
public final class ApiClient {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = JsonMapper.builder().build();
  private final int port;

  public ApiClient(int port) {
    this.port = port;
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + port + pathAndQuery);
  }

  /** GETs JSON and checks the status is 200. */
  public JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(pathAndQuery + " -> " + r.body()).isEqualTo(200);
    return parse(r.body());
  }

  public JsonNode parse(String body) {
    return mapper.readTree(body);
  }

  /** A facet as "id=count" strings, in the order given. */
  public List<String> facet(JsonNode page, String name) {
    List<String> out = new ArrayList<>();
    page.at("/facets/" + name).forEach(v -> out.add(v.get("id").asString() + "=" + v.get("count").asLong()));
    return out;
  }

  /** The values of one field of each element of an array. */
  public static List<String> field(JsonNode array, String name) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.get(name).asString()));
    return out;
  }
}
