package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Triple;
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

  private void writeLabel(String graph, String label) {
    store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + graph + "> { <urn:s> <urn:label> \"" + label + "\" } }"));
  }

  @Test
  void aViewThatHoldsAWrittenTripleAlreadyIsKeptAcrossItsWrite() {
    // The view: the set of labels; a label it holds, written again in another graph, changes nothing.
    Set<String> held = new TreeSet<>();
    StoreChanges.Mark labels = cache.markChanging("labels", t -> t.getPredicate().getURI().equals("urn:label"),
        (Set<String> view, Triple t) -> !view.contains(t.getObject().getLiteralLexicalForm()),
        (Set<String> view, Triple t) -> true);
    writeLabel("urn:g1", "a");
    // Not read yet: any label written changes it.
    Supplier<Set<String>> read = () -> {
      computed.incrementAndGet();
      held.add("a");
      return Set.copyOf(held);
    };
    assertThat(cache.getUntil("labels", labels, read)).containsExactly("a");
    writeLabel("urn:g2", "a");
    write();
    assertThat(cache.getUntil("labels", labels, read)).containsExactly("a");
    assertThat(computed).hasValue(1);
    writeLabel("urn:g2", "b");
    cache.getUntil("labels", labels, read);
    assertThat(computed).as("a label the view lacks").hasValue(2);
    store.update(UpdateFactory.create("DELETE DATA { GRAPH <urn:g2> { <urn:s> <urn:label> \"a\" } }"));
    cache.getUntil("labels", labels, read);
    assertThat(computed).as("a label removed").hasValue(3);
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
