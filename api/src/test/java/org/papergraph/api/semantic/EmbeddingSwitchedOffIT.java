package org.papergraph.api.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.papergraph.core.embed.PaperEmbeddings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code papergraph.embedding.enabled=false} the server loads no model and embeds nothing,
 * and what needs the vectors says so with a 501 instead of an empty answer.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"papergraph.store.kind=memory", "papergraph.reference.enabled=false", "papergraph.embedding.enabled=false"})
class EmbeddingSwitchedOffIT {
  @LocalServerPort int port;
  @Autowired ObjectProvider<PaperEmbeddings> embeddings;
  @Autowired ObjectProvider<EmbeddingUpdater> updater;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  @Test
  void noModelIsLoadedAndNothingIsEmbedded() {
    assertThat(embeddings.getIfAvailable()).isNull();
    assertThat(updater.getIfAvailable()).isNull();
  }

  @Test
  void similarAndSemanticSearchAnswer501SayingWhy() throws Exception {
    for (String path : new String[] {"/api/papers/2211.07379/similar", "/api/search?q=graphs&mode=semantic", "/api/search?q=graphs&mode=hybrid"}) {
      HttpResponse<String> r = api.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(501);
      assertThat(r.body()).as(path).contains("papergraph.embedding.enabled=false");
    }
    assertThat(api.get("/api/search?q=graphs").statusCode()).as("keyword search still works").isEqualTo(200);
  }
}
