package org.papergraph.api.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.config.LinkedDataProperties;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.DatasetDescription;
import org.papergraph.core.store.AnnouncingStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;

/** The stored VoID description follows the store's changes, in the background or when asked. */
class DescriptionRefresherTest {
  private final Iris iris = Iris.defaults();
  private final AnnouncingStore store = AnnouncingStore.of(GraphStores.memory());
  private final StoreChanges changes = new StoreChanges(store, Duration.ZERO);
  private final DatasetDescription description = new DatasetDescription(store, iris);
  private DescriptionRefresher refresher;

  @AfterEach
  void close() {
    if (refresher != null) {
      refresher.destroy();
    }
    store.close();
  }

  /** Writes one more paper, in its own graph. */
  private void addPaper(int n) {
    String id = "2301." + String.format("%05d", n);
    Graph g = GraphFactory.createDefaultGraph();
    g.add(Triple.create(NodeFactory.createURI(iris.paper(id)), RDF.type.asNode(), NodeFactory.createURI(Vocabularies.SCHEMA + "ScholarlyArticle")));
    store.replaceGraph(iris.paperGraph(id), g);
  }

  /** The papers the stored description counts, or -1 when there is none. */
  private long describedPapers() {
    return store.query(
        QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT ?n WHERE { GRAPH <" + iris.voidGraph() + "> { <" + iris.voidDataset()
            + "> void:classPartition [ void:class schema:ScholarlyArticle ; void:entities ?n ] } }"),
        qe -> {
          var rs = qe.execSelect();
          return rs.hasNext() ? rs.next().getLiteral("n").getLong() : -1L;
        });
  }

  @Test
  void aReaderAfterAChangeGetsADescriptionThatReflectsIt() {
    refresher = new DescriptionRefresher(store, iris, changes, new LinkedDataProperties(2000, true));
    addPaper(1);
    refresher.awaitCurrent();
    assertThat(describedPapers()).isEqualTo(1);
    addPaper(2);
    refresher.awaitCurrent();
    assertThat(describedPapers()).isEqualTo(2);
  }

  @Test
  void theBackgroundRefreshFollowsAChangeWithoutAReader() throws Exception {
    refresher = new DescriptionRefresher(store, iris, changes, new LinkedDataProperties(2000, true));
    addPaper(1);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (describedPapers() != 1 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(describedPapers()).isEqualTo(1);
  }

  @Test
  void aBurstOfChangesIsCoveredByFewRefreshesAndTheLastStateIsDescribed() throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    refresher = new DescriptionRefresher(() -> {
      if (refreshes.incrementAndGet() == 1) {
        firstStarted.countDown();
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      description.refresh();
    }, changes, iris.voidGraph(), true);
    addPaper(1);
    assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
    for (int i = 2; i <= 21; i++) {
      addPaper(i);
    }
    release.countDown();
    refresher.awaitCurrent();
    assertThat(describedPapers()).isEqualTo(21);
    // The one under way, then one for all twenty changes made during it.
    assertThat(refreshes.get()).isEqualTo(2);
  }

  /** A refresher without the background thread that counts its refreshes in {@code refreshes}. */
  private DescriptionRefresher countingRefresherOnRequest(AtomicInteger refreshes) {
    return new DescriptionRefresher(() -> {
      refreshes.incrementAndGet();
      description.refresh();
    }, changes, iris.voidGraph(), false);
  }

  @Test
  void withoutTheBackgroundThreadTheReaderRefreshesOnceAndReportsItAsAChange() {
    AtomicInteger refreshes = new AtomicInteger();
    refresher = countingRefresherOnRequest(refreshes);
    addPaper(1);
    assertThat(describedPapers()).isEqualTo(-1);
    long before = changes.version();
    refresher.awaitCurrent();
    assertThat(describedPapers()).isEqualTo(1);
    assertThat(changes.version()).as("the refresh is a write views must see").isEqualTo(before + 1);
    refresher.awaitCurrent();
    assertThat(refreshes.get()).isEqualTo(1);
  }

  @Test
  void aChangeToTheDescriptionGraphAloneCallsForNoRefresh() {
    AtomicInteger refreshes = new AtomicInteger();
    refresher = countingRefresherOnRequest(refreshes);
    addPaper(1);
    refresher.awaitCurrent();
    store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + iris.voidGraph() + "> { <urn:x> <urn:p> 1 } }"));
    refresher.awaitCurrent();
    assertThat(refreshes.get()).isEqualTo(1);
    addPaper(2);
    refresher.awaitCurrent();
    assertThat(refreshes.get()).isEqualTo(2);
  }

  @Test
  void aFailedRefreshReachesTheReaderAndIsTriedAgain() {
    AtomicInteger refreshes = new AtomicInteger();
    refresher = new DescriptionRefresher(() -> {
      if (refreshes.incrementAndGet() == 1) {
        throw new IllegalStateException("store unavailable");
      }
      description.refresh();
    }, changes, iris.voidGraph(), false);
    addPaper(1);
    assertThatThrownBy(refresher::awaitCurrent).hasMessage("store unavailable");
    refresher.awaitCurrent();
    assertThat(describedPapers()).isEqualTo(1);
  }
}
