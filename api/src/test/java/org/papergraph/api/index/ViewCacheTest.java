package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.core.store.AnnouncingStore;
import org.papergraph.core.store.GraphStores;

class ViewCacheTest {
  final AnnouncingStore store = AnnouncingStore.of(GraphStores.memory());
  final StoreChanges changes = new StoreChanges(store, Duration.ZERO);
  final ViewCache cache = new ViewCache(changes);
  final AtomicInteger computed = new AtomicInteger();

  @AfterEach
  void close() {
    store.close();
  }

  private void write() {
    store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> " + System.nanoTime() + " } }"));
  }

  @Test
  void keepsAViewUntilTheStoreChanges() {
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(1);
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(1);
    write();
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(2);
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(2);
  }

  private void writeLabel() {
    store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:label> " + System.nanoTime() + " } }"));
  }

  @Test
  void aViewOfSomeTriplesIsKeptAcrossWritesOfOthers() {
    StoreChanges.Mark labels = changes.markChanging(t -> t.getPredicate().getURI().equals("urn:label"));
    assertThat(cache.getUntil("labels", labels, computed::incrementAndGet)).isEqualTo(1);
    write();
    write();
    assertThat(cache.getUntil("labels", labels, computed::incrementAndGet)).isEqualTo(1);
    writeLabel();
    assertThat(cache.getUntil("labels", labels, computed::incrementAndGet)).isEqualTo(2);
    assertThat(cache.getUntil("labels", labels, computed::incrementAndGet)).isEqualTo(2);
    // A write of one of its triples during the computation makes the result stale at once.
    writeLabel();
    assertThat(cache.getUntil("labels", labels, () -> {
      writeLabel();
      return computed.incrementAndGet();
    })).isEqualTo(3);
    assertThat(cache.getUntil("labels", labels, computed::incrementAndGet)).isEqualTo(4);
  }

  @Test
  void aWriteDuringTheComputationMakesTheResultStaleAtOnce() {
    Integer first = cache.get("v", () -> {
      write();
      return computed.incrementAndGet();
    });
    assertThat(first).isEqualTo(1);
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(2);
  }

  @Test
  void aViewComputedFromAStaleOneIsServedButNotKept() {
    Integer first = cache.get("outer", () -> cache.get("inner", () -> {
      ViewCache.readStale();
      return computed.incrementAndGet();
    }));
    assertThat(first).isEqualTo(1);
    assertThat(cache.get("outer", computed::incrementAndGet)).isEqualTo(2);
    assertThat(cache.get("inner", computed::incrementAndGet)).isEqualTo(3);
    assertThat(cache.get("outer", computed::incrementAndGet)).isEqualTo(2);
  }

  @Test
  void onAStoreOthersWriteToViewsExpireWithoutAnyWriteHeard() throws Exception {
    ViewCache remote = new ViewCache(new StoreChanges(store, false, Duration.ofMillis(100)));
    assertThat(remote.get("v", computed::incrementAndGet)).isEqualTo(1);
    Thread.sleep(150);
    assertThat(remote.get("v", computed::incrementAndGet)).isEqualTo(2);
  }

  @Test
  void viewsAreKeptApart() {
    assertThat(cache.get("a", () -> "A")).isEqualTo("A");
    assertThat(cache.get("b", () -> "B")).isEqualTo("B");
    assertThat(cache.get("a", () -> "other")).isEqualTo("A");
  }
  @Test
  void answersAreKeptUntilTheStoreChanges() {
    assertThat(cache.getAnswer("q", computed::incrementAndGet)).isEqualTo(1);
    assertThat(cache.getAnswer("q", computed::incrementAndGet)).isEqualTo(1);
    write();
    assertThat(cache.getAnswer("q", computed::incrementAndGet)).isEqualTo(2);
    assertThat(cache.getAnswer("q", () -> -1)).isEqualTo(2);
  }

  @Test
  void aWriteDuringAnAnswerMakesItStaleAtOnce() {
    assertThat(cache.getAnswer("q", () -> {
      write();
      return computed.incrementAndGet();
    })).isEqualTo(1);
    assertThat(cache.getAnswer("q", computed::incrementAndGet)).isEqualTo(2);
  }

  @Test
  void onlyTheLastAnswersAreKept() {
    for (int i = 0; i <= ViewCache.ANSWERS_LIMIT; i++) {
      int n = i;
      assertThat(cache.getAnswer("q" + i, () -> n)).isEqualTo(i);
    }
    // The first was used least recently and went when the limit was passed; the last stays.
    assertThat(cache.getAnswer("q0", () -> -1)).isEqualTo(-1);
    assertThat(cache.getAnswer("q" + ViewCache.ANSWERS_LIMIT, () -> -1)).isEqualTo(ViewCache.ANSWERS_LIMIT);
  }

  @Test
  void onAStoreOthersWriteToAnswersExpireWithoutAnyWriteHeard() throws Exception {
    ViewCache remote = new ViewCache(new StoreChanges(store, false, Duration.ofMillis(500)));
    assertThat(remote.getAnswer("q", computed::incrementAndGet)).isEqualTo(1);
    assertThat(remote.getAnswer("q", computed::incrementAndGet)).isEqualTo(1);
    Thread.sleep(600);
    assertThat(remote.getAnswer("q", computed::incrementAndGet)).isEqualTo(2);
  }
}
