package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.papergraph.core.store.GraphStoreContract.G1;
import static org.papergraph.core.store.GraphStoreContract.G2;
import static org.papergraph.core.store.GraphStoreContract.subjects;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What text search in Virtuoso's own free-text index ({@code text-search=virtuoso}) does beyond
 * the contract ({@link VirtuosoGraphStoreIT}), against a real Virtuoso set up with the README's
 * script. Virtuoso indexes new literals in batches, so searches follow an explicit refresh of
 * the index, except in the test of what a write looks like without one.
 */
@RequiresVirtuoso
class VirtuosoTextSearchIT {
  static VirtuosoServer virtuoso;
  GraphStore store;

  @BeforeAll
  static void startVirtuoso() throws Exception {
    virtuoso = VirtuosoServer.start(VirtuosoGraphStoreIT.RESULT_SET_MAX_ROWS);
  }

  @AfterAll
  static void stopVirtuoso() {
    if (virtuoso != null) {
      virtuoso.close();
    }
  }

  @BeforeEach
  void openEmptyStore() {
    store = GraphStores.open(virtuoso.storeConfigWithTextIndex());
    store.deleteGraphs(store.listGraphs());
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private void write(Map<String, org.apache.jena.graph.Graph> graphs) throws Exception {
    store.replaceGraphs(graphs);
    virtuoso.refreshTextIndex();
  }

  @Test
  void wholeWordsNotSubstrings() throws Exception {
    write(Map.of(G1, turtle("ex:paper dcterms:title \"Versatile Diffusion\" .")));
    assertThat(subjects(store.searchText("diffusion", 10))).containsExactly("http://example.org/paper");
    // As on the local stores; the scan would find "diffus" inside "Diffusion".
    assertThat(store.searchText("diffus", 10)).isEmpty();
    assertThat(store.searchText("' OPTION (score ?x) ' \\ ", 10)).isEmpty();
  }

  @Test
  void bestFirst() throws Exception {
    write(Map.of(
        G1, turtle("ex:once dcterms:abstract \"Diffusion is one method among many for images, video, audio and text generation.\" ."),
        G2, turtle("ex:thrice dcterms:title \"Diffusion of diffusion: diffusion models\" .")));
    assertThat(subjects(store.searchText("diffusion", 10))).containsExactly("http://example.org/thrice", "http://example.org/once");
    assertThat(subjects(store.searchText("diffusion", 1))).containsExactly("http://example.org/thrice");
  }

  @Test
  void aPrefixNeedsFourCharacters() throws Exception {
    write(Map.of(G1, turtle("ex:paper dcterms:title \"Versatile Diffusion\" .")));
    assertThat(subjects(store.searchText("diff*", 10))).containsExactly("http://example.org/paper");
    assertThatThrownBy(() -> store.searchText("dif*", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 4 characters before a *");
  }

  /**
   * Without an explicit refresh a write is found once Virtuoso's next batch has indexed it: the
   * README's script asks for a batch every minute and its ini for a scheduler run every minute,
   * so within about two minutes. What a search finds before then is not asserted: a batch may
   * fall between the write and the search.
   */
  @Test
  void aWriteIsFoundAfterTheNextBatchWithoutBeingAsked() throws Exception {
    store.replaceGraph(G1, turtle("ex:paper dcterms:title \"Unrefreshed Quokka Diffusion\" ."));
    long start = System.nanoTime();
    long deadline = start + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
    while (store.searchText("quokka", 10).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(2_000);
    }
    assertThat(subjects(store.searchText("quokka", 10)))
        .as("found by Virtuoso's own batch within 3 minutes of the write")
        .containsExactly("http://example.org/paper");
    System.out.printf("Virtuoso's batch indexed the write after %.0f s%n", (System.nanoTime() - start) / 1e9);
  }
}
