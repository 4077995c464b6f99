package org.papergraph.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With no write token configured, ingest is refused with 403 whatever the request carries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "papergraph.store.kind=memory")
class IngestWritesOffIT {
  @LocalServerPort int port;

  @Test
  void writesAreOff() throws Exception {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/ingest"))
        .header("Content-Type", "text/plain").header("Authorization", "Bearer anything")
        .POST(HttpRequest.BodyPublishers.ofString("x")).build());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(api.parse(r.body()).get("detail").asString()).contains("writes are off");
    assertThat(api.json("/api/papers").at("/meta/count").asInt()).isEqualTo(10);
  }
}
