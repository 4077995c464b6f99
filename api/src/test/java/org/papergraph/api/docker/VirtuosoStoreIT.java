package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.api.semantic.EmbeddingUpdater;
import org.papergraph.core.store.RequiresVirtuoso;
import org.papergraph.core.store.VirtuosoServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Papergraph in remote mode against a Virtuoso started as a child process (no container),
 * configured as the README's Virtuoso recipe says: the seeds go into Virtuoso, and /sparql and
 * /api answer from there, as {@link RemoteStoreIT} checks against Fuseki.
 */
@RequiresVirtuoso
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VirtuosoStoreIT {
  // Started before the application context, which reads the endpoints below.
  private static VirtuosoServer virtuoso;

  @BeforeAll
  static void startVirtuoso() throws Exception {
    // The README asks for a ResultSetMaxRows above the number of quads in the store.
    virtuoso = VirtuosoServer.start(1_000_000);
  }

  @AfterAll
  static void stopVirtuoso() {
    if (virtuoso != null) {
      virtuoso.close();
    }
  }

  @DynamicPropertySource
  static void remoteStore(DynamicPropertyRegistry registry) {
    // On, as by default: the check's conditional updates run in the remote store.
    registry.add("papergraph.embedding.topic-check", () -> "true");
    registry.add("papergraph.embedding.pause-while-serving", () -> "false");
    registry.add("papergraph.embedding.background-cpu-share", () -> "1");
    registry.add("papergraph.store.kind", () -> "remote");
    registry.add("papergraph.store.dialect", () -> "virtuoso");
    registry.add("papergraph.store.query-endpoint", () -> virtuoso.queryEndpoint().toString());
    registry.add("papergraph.store.update-endpoint", () -> virtuoso.updateEndpoint().toString());
    registry.add("papergraph.store.username", () -> VirtuosoServer.USER);
    registry.add("papergraph.store.password", () -> VirtuosoServer.PASSWORD);
    registry.add("papergraph.store.text-search", () -> "virtuoso");
  }

  @LocalServerPort int port;
  @Autowired EmbeddingUpdater updater;

  @Test
  void checksTheSeedsTopicsInVirtuoso() throws Exception {
    SeedAssertions.assertTopicsChecked(virtuoso.queryEndpoint().toString(), updater);
  }

  @Test
  void loadsTheSeedsIntoVirtuosoAndServesThemFromThere() throws Exception {
    // In Virtuoso itself, not only through Papergraph.
    SeedAssertions.assertTenPapersIn(virtuoso.queryEndpoint().toString());
    SeedAssertions.assertServesTheSeeds("http://localhost:" + port);
  }

  @Test
  void askQueriesThroughPapergraphAnswerTrueOrFalse() throws Exception {
    String base = "http://localhost:" + port + "/sparql";
    HttpResponse<String> yes = Http.sparqlCsv(base, "ASK { ?p a <https://schema.org/ScholarlyArticle> }");
    HttpResponse<String> no = Http.sparqlCsv(base, "ASK { ?p a <https://example.org/NoSuchClass> }");
    assertThat(yes.statusCode()).as(yes.body()).isEqualTo(200);
    assertThat(yes.body()).containsIgnoringCase("true");
    assertThat(no.statusCode()).as(no.body()).isEqualTo(200);
    assertThat(no.body()).containsIgnoringCase("false");
  }

  @Test
  void searchesInVirtuososTextIndex() throws Exception {
    // The seeds are indexed by Virtuoso's next batch; not waited for here.
    virtuoso.refreshTextIndex();
    String search = "http://localhost:" + port + "/api/search?types=paper&q=";
    HttpResponse<String> found = Http.get(search + "versatile+diffusion", "application/json");
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    assertThat(found.body()).contains("2211.08332").contains("<em>");
    // Whole words: a scan would find "versatil" inside "Versatile".
    assertThat(Http.get(search + "versatil", "application/json").body()).doesNotContain("2211.08332");
    HttpResponse<String> shortPrefix = Http.get(search + "ver*", "application/json");
    assertThat(shortPrefix.statusCode()).as(shortPrefix.body()).isEqualTo(400);
    assertThat(shortPrefix.body()).contains("at least 4 characters before a *");
  }
}
