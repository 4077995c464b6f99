package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.api.config.RestProperties;
import org.papergraph.api.web.EntityIds;
import org.papergraph.core.Iris;
import org.papergraph.core.store.AnnouncingStore;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;

/**
 * The paper index is rebuilt once per burst of changes, off the request threads, which meanwhile
 * get the previous snapshot at once.
 */
class PaperIndexTest {
  private final Iris iris = Iris.defaults();
  private final GraphStore memory = GraphStores.memory();
  /** Queries wait while it is closed, as they would on a large store. */
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile RuntimeException queryFailure;
  private final AnnouncingStore store = AnnouncingStore.of(slowStore());
  private final StoreChanges changes = new StoreChanges(store, Duration.ZERO);
  private final PaperIndex index = new PaperIndex(new ViewQueries(store, new RestProperties(Duration.ofSeconds(30))), new EntityIds(iris), changes, iris);
  private final ExecutorService readers = Executors.newFixedThreadPool(8);

  @AfterEach
  void close() {
    gate.countDown();
    readers.shutdownNow();
    index.destroy();
    store.close();
  }

  private GraphStore slowStore() {
    return (GraphStore) Proxy.newProxyInstance(GraphStore.class.getClassLoader(), new Class<?>[] {GraphStore.class}, (proxy, method, args) -> {
      if (method.getName().equals("query")) {
        assertThat(gate.await(60, TimeUnit.SECONDS)).isTrue();
        if (queryFailure != null) {
          throw queryFailure;
        }
      }
      try {
        return method.invoke(memory, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  private void addPaper(int n) {
    String id = "2301.%05d".formatted(n);
    store.update(UpdateFactory.create(Vocabularies.sparqlPrologue() + "INSERT DATA { GRAPH <" + iris.paperGraph(id) + "> { <" + iris.paper(id)
        + "> a schema:ScholarlyArticle ; fabio:hasArXivId \"" + id + "\" ; dcterms:created \"2023-01-%02d\"^^xsd:date ; dcterms:title \"Paper %d\" } }"
            .formatted(n, n)));
  }

  /** How many papers each of {@code n} concurrent readers sees; each must answer within seconds. */
  private List<Integer> read(int n) throws Exception {
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(readers.submit(() -> index.snapshot().rows().size()));
    }
    List<Integer> sizes = new ArrayList<>();
    for (Future<Integer> a : answers) {
      sizes.add(a.get(10, TimeUnit.SECONDS));
    }
    return sizes;
  }

  @Test
  void readersGetThePreviousSnapshotAtOnceWhileABurstOfChangesGetsOneRebuild() throws Exception {
    addPaper(1);
    assertThat(index.snapshot().rows()).hasSize(1);
    assertThat(index.builds()).isEqualTo(1);

    gate = new CountDownLatch(1);
    addPaper(2);
    assertThat(read(8)).containsOnly(1);
    addPaper(3);
    addPaper(4);
    assertThat(read(8)).containsOnly(1);
    gate.countDown();

    changes.awaitViews();
    assertThat(index.snapshot().rows()).hasSize(4);
    // The first build, the one held up (begun after paper 2), one for papers 3 and 4.
    assertThat(index.builds()).isEqualTo(3);
    assertThat(read(8)).containsOnly(4);
    assertThat(index.builds()).isEqualTo(3);
  }

  @Test
  void aChangeToTheVoidDescriptionAloneLeavesTheIndexAsItIs() {
    addPaper(1);
    PaperIndex.Snapshot first = index.snapshot();
    store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + iris.voidGraph() + "> { <urn:x> <urn:p> 1 } }"));
    changes.awaitViews();
    assertThat(index.snapshot()).isSameAs(first);
    assertThat(index.builds()).isEqualTo(1);
  }

  @Test
  void theFirstReaderGetsAFailedBuildsErrorAndTheNextTriesAgain() {
    addPaper(1);
    queryFailure = new IllegalStateException("store unavailable");
    assertThatThrownBy(index::snapshot).hasMessage("store unavailable");
    queryFailure = null;
    assertThat(index.snapshot().rows()).hasSize(1);
  }

  @Test
  void aChangeToPaperRecordsAloneIsReadForThosePapersAndGivesWhatAWholeReadGives() {
    for (int n = 1; n <= 5; n++) {
      addPaper(n);
    }
    assertThat(index.snapshot().rows()).hasSize(5);
    store.update(UpdateFactory.create(Vocabularies.sparqlPrologue() + "DROP GRAPH <" + iris.paperGraph("2301.00003") + "> ;"
        + " DELETE DATA { GRAPH <" + iris.paperGraph("2301.00002") + "> { <" + iris.paper("2301.00002") + "> dcterms:title \"Paper 2\" } } ;"
        + " INSERT DATA { GRAPH <" + iris.paperGraph("2301.00002") + "> { <" + iris.paper("2301.00002") + "> dcterms:title \"Paper two\" ;"
        + " dcterms:subject <" + iris.topic("x") + "> ;"
        + " bibo:presentedAt <" + iris.venueEdition("icml", 2023) + "> ; dcterms:isPartOf <" + iris.venue("jmlr") + "> ;"
        + " pg:venueClaim [ pg:claimedPart <" + iris.venueEdition("icml", 2023) + "/workshop-on-x> ] ."
        + " <" + iris.venueEdition("icml", 2023) + "> schema:superEvent <" + iris.venue("icml") + "> ; pg:year 2023 ."
        + " <" + iris.venue("jmlr") + "> a bibo:Journal } }"));
    addPaper(9);
    changes.awaitViews();
    PaperIndex.Snapshot updated = index.snapshot();
    assertThat(index.paperUpdates()).isPositive();
    assertThat(updated.rows()).extracting(PaperIndex.Row::id).containsExactly("2301.00009", "2301.00005", "2301.00004", "2301.00002", "2301.00001");
    assertThat(updated.byIri().get(iris.paper("2301.00002")).title()).isEqualTo("Paper two");
    assertThat(updated.byIri().get(iris.paper("2301.00002")).venues()).containsExactly(
        new PaperIndex.VenueRef(iris.venue("icml"), iris.venueEdition("icml", 2023), 2023), new PaperIndex.VenueRef(iris.venue("jmlr"), null, null));
    assertThat(updated.byIri().get(iris.paper("2301.00002")).parts()).containsExactly(iris.venueEdition("icml", 2023) + "/workshop-on-x");
    assertThat(updated.rowsAt(updated.claimingPart(iris.venueEdition("icml", 2023) + "/workshop-on-x"))).extracting(PaperIndex.Row::id)
        .containsExactly("2301.00002");

    PaperIndex whole = new PaperIndex(new ViewQueries(store, new RestProperties(Duration.ofSeconds(30))), new EntityIds(iris), changes, iris);
    try {
      PaperIndex.Snapshot read = whole.snapshot();
      assertThat(updated.rows()).isEqualTo(read.rows());
      assertThat(updated.byTopic()).containsOnlyKeys(read.byTopic().keySet());
      read.byTopic().forEach((t, positions) -> assertThat(updated.withTopic(t)).as(t).containsExactly(positions));
      assertThat(updated.byPart()).containsOnlyKeys(read.byPart().keySet());
      read.byPart().forEach((part, positions) -> assertThat(updated.claimingPart(part)).as(part).containsExactly(positions));
      assertThat(updated.labels()).isEqualTo(read.labels());
    } finally {
      whole.destroy();
    }
  }

  @Test
  void thePostingsCountEachPaperOncePerTopicVenueRepositoryAndOwner() {
    for (int n = 1; n <= 6; n++) {
      addPaper(n);
      String id = "2301.%05d".formatted(n);
      String paper = "<" + iris.paper(id) + ">";
      StringBuilder sb = new StringBuilder(Vocabularies.sparqlPrologue() + "INSERT DATA { GRAPH <" + iris.paperGraph(id) + "> {");
      // Topics x, y, z for some papers; two editions of one series for paper 4; a repository per
      // owner, two repositories of one owner for paper 6.
      for (String t : List.of("x", "y", "z").subList(0, n % 4)) {
        sb.append(paper).append(" dcterms:subject <").append(iris.topic(t)).append("> . ");
      }
      List<Integer> years = n == 4 ? List.of(2022, 2023) : n % 2 == 0 ? List.of(2023) : List.of();
      for (int year : years) {
        sb.append(paper).append(" bibo:presentedAt <").append(iris.venueEdition("icml", year)).append("> . <")
            .append(iris.venueEdition("icml", year)).append("> schema:superEvent <").append(iris.venue("icml")).append("> . ");
      }
      for (String name : n == 6 ? List.of("a", "b") : n % 3 == 0 ? List.of("a") : List.<String>of()) {
        String repo = iris.repository("github.com", "lab", name);
        sb.append(paper).append(" pg:hasRepository <").append(repo).append("> . <").append(repo).append("> pg:owner <")
            .append(iris.owner("github.com", "lab")).append("> . ");
      }
      store.update(UpdateFactory.create(sb.append("} }").toString()));
    }
    PaperIndex.Snapshot snap = index.snapshot();
    assertThat(PaperIndex.Snapshot.counts(snap.byTopic())).isEqualTo(Profiles.topicCounts(snap.rows())).hasSize(3);
    assertThat(PaperIndex.Snapshot.counts(snap.byVenue())).isEqualTo(Profiles.counts(snap.rows(), Profiles::venueSeries))
        .containsEntry(iris.venue("icml"), 3L);
    assertThat(PaperIndex.Snapshot.counts(snap.byRepository())).isEqualTo(Profiles.counts(snap.rows(), r -> r.repositories().stream()))
        .containsEntry(iris.repository("github.com", "lab", "a"), 2L);
    assertThat(PaperIndex.Snapshot.counts(snap.byOwner())).isEqualTo(Profiles.counts(snap.rows(), r -> r.owners().stream()))
        .containsEntry(iris.owner("github.com", "lab"), 2L);
    assertThat(snap.rowsAt(snap.withTopic(iris.topic("x")))).isEqualTo(snap.rows().stream().filter(r -> r.topics().stream()
        .anyMatch(t -> t.iri().equals(iris.topic("x")))).toList());
  }

  @Test
  void aChangeToAnyOtherGraphReadsTheStoreWhole() {
    addPaper(1);
    assertThat(index.snapshot().rows()).hasSize(1);
    store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + iris.referenceGraph("test") + "> { <urn:x> <urn:p> 1 } }"));
    addPaper(2);
    changes.awaitViews();
    assertThat(index.snapshot().rows()).hasSize(2);
    assertThat(index.paperUpdates()).isZero();
  }
}
