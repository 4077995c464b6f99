package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract against a real Fuseki with a jena-text index, configured with the repository's
 * docker/fuseki/config-text.ttl (its TDB2 in memory, its Lucene index in a temporary
 * directory), searching text through that index ({@code text-search=jena-text}).
 */
class FusekiTextSearchIT extends GraphStoreContract {
  static FusekiServer fuseki;

  @BeforeAll
  static void startFuseki(@TempDir Path dir) throws Exception {
    String config = Files.readString(VirtuosoServer.repositoryRoot().resolve("docker/fuseki/config-text.ttl"))
        .replace("\"/fuseki/databases/papergraph\"", "\"--mem--\"")
        .replace("<file:/fuseki/databases/papergraph-lucene>", "<" + dir.resolve("lucene").toUri() + ">");
    Path file = Files.writeString(dir.resolve("config-text.ttl"), config);
    fuseki = FusekiServer.create().loopback(true).port(0).parseConfigFile(file.toString()).build().start();
  }

  @AfterAll
  static void stopFuseki() {
    fuseki.stop();
  }

  @Override
  GraphStore openEmptyStore() {
    String base = "http://localhost:" + fuseki.getHttpPort() + "/papergraph/";
    GraphStore store = GraphStores.open(
        StoreConfig.remote(URI.create(base + "query"), URI.create(base + "update"), URI.create(base + "data"))
            .withTextSearch(RemoteTextSearch.JENA_TEXT));
    store.deleteGraphs(store.listGraphs());
    return store;
  }

  @Test
  void wholeWordsBestFirst() {
    store.replaceGraphs(Map.of(
        G1, turtle("ex:once dcterms:abstract \"Diffusion is one method among many for images, video, audio and text generation.\" ."),
        G2, turtle("ex:thrice dcterms:title \"Diffusion of diffusion: diffusion models\" .")));
    assertThat(subjects(store.searchText("diffusion", 10))).containsExactly("http://example.org/thrice", "http://example.org/once");
    assertThat(subjects(store.searchText("diffusion", 1))).containsExactly("http://example.org/thrice");
    // Whole words, as on the local stores; the scan would find "diffus" inside "Diffusion".
    assertThat(store.searchText("diffus", 10)).isEmpty();
    // Lucene scores every match of a prefix alike, as on the local stores.
    assertThat(subjects(store.searchText("dif*", 10))).containsExactlyInAnyOrder("http://example.org/thrice", "http://example.org/once");
  }
}
