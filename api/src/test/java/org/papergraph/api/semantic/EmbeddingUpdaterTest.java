package org.papergraph.api.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.config.EmbeddingProperties;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex;
import org.papergraph.core.store.AnnouncingStore;
import org.papergraph.core.store.GraphStores;

/** The background embedding waits for the requests being answered, and stops cleanly at shutdown. */
class EmbeddingUpdaterTest {
  /** A model for tests: a text's vector is its length and its first letter. */
  private static final EmbeddingModel TINY = new EmbeddingModel() {
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      return Response.from(segments.stream().map(s -> Embedding.from(new float[] {s.text().length(), s.text().charAt(0)})).toList());
    }

    @Override
    public int dimension() {
      return 2;
    }
  };

  private final AnnouncingStore store = AnnouncingStore.of(GraphStores.memory());
  private final PaperEmbedder embedder = new PaperEmbedder(TINY, "tiny/1");
  private final PaperEmbeddings embeddings = new PaperEmbeddings(store, embedder, new VectorIndex(new ByteBuffersDirectory(), embedder.modelId()));
  private final WaitWatcher activity = new WaitWatcher();
  private EmbeddingUpdater updater;

  /** Counts down when the embedding thread starts waiting for requests to end. */
  static final class WaitWatcher extends ServingActivity {
    final CountDownLatch waiting = new CountDownLatch(1);

    @Override
    synchronized void awaitIdle(BooleanSupplier giveUp) {
      waiting.countDown();
      super.awaitIdle(giveUp);
    }
  }

  @AfterEach
  void close() {
    if (updater != null) {
      updater.destroy();
    }
    embeddings.close();
    store.close();
  }

  private void addPapers(int n) {
    for (int i = 0; i < n; i++) {
      Graph g = GraphFactory.createDefaultGraph();
      RDFParser.fromString("<http://example.org/p/" + i + "> a <https://schema.org/ScholarlyArticle> ; <http://purl.org/dc/terms/title> \"Paper "
          + i + "\" .", Lang.TURTLE).parse(g);
      store.replaceGraph("http://example.org/g/" + i, g);
    }
  }

  private EmbeddingUpdater start(boolean pauseWhileServing) {
    updater = new EmbeddingUpdater(embeddings, new StoreChanges(store, Duration.ZERO), new EmbeddingProperties(true, 1.0, pauseWhileServing, false), activity);
    return updater;
  }

  @Test
  void embedsNothingWhileARequestIsAnsweredAndCatchesUpAfter() throws Exception {
    addPapers(3);
    activity.begin();
    start(true);
    activity.waiting.await();
    assertThat(embeddings.index().size()).as("no batch before the request ends").isZero();

    activity.end();
    assertThat(updater.awaitCaughtUp(Duration.ofMinutes(1))).isTrue();
    assertThat(embeddings.index().size()).isEqualTo(3);
  }

  @Test
  void withoutPausingRequestsDoNotHoldItUp() throws Exception {
    addPapers(3);
    activity.begin();
    start(false);
    assertThat(updater.awaitCaughtUp(Duration.ofMinutes(1))).isTrue();
    assertThat(embeddings.index().size()).isEqualTo(3);
    assertThat(activity.waiting.getCount()).as("never waited").isOne();
  }

  @Test
  void shutdownStopsAWaitingPassWithoutInterruptingItAndLeavesTheVectorsUsable() throws Exception {
    addPapers(3);
    activity.begin();
    start(true);
    activity.waiting.await();

    updater.destroy();
    updater = null;
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    // Usable after the pass stopped: an interrupted pass closes the index's files under it.
    embeddings.index().commit();
    assertThat(embeddings.index().size()).isZero();
  }

  @Test
  void shutdownDoesNotClaimAPassItCutShortCaughtUp() throws Exception {
    addPapers(3);
    activity.begin();
    EmbeddingUpdater stopped = start(true);
    activity.waiting.await();
    stopped.destroy();
    updater = null;
    assertThat(stopped.awaitCaughtUp(Duration.ZERO)).isFalse();
  }

  @Test
  void aShareOfACoreOutsideZeroToOneIsRefused() {
    assertThatThrownBy(() -> new EmbeddingProperties(true, 0, true, true))
        .hasMessage("papergraph.embedding.background-cpu-share must be more than 0 and at most 1, not 0.0");
    assertThatThrownBy(() -> new EmbeddingProperties(true, 2, true, true)).hasMessageContaining("not 2.0");
  }
}
