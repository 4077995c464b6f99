package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ViewCacheTest {
  final StoreChanges changes = new StoreChanges();
  final ViewCache cache = new ViewCache(changes);
  final AtomicInteger computed = new AtomicInteger();

  @Test
  void keepsAViewUntilTheStoreChanges() {
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(1);
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(1);
    changes.changed();
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(2);
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(2);
  }

  @Test
  void aWriteDuringTheComputationMakesTheResultStaleAtOnce() {
    Integer first = cache.get("v", () -> {
      changes.changed();
      return computed.incrementAndGet();
    });
    assertThat(first).isEqualTo(1);
    assertThat(cache.get("v", computed::incrementAndGet)).isEqualTo(2);
  }

  @Test
  void viewsAreKeptApart() {
    assertThat(cache.get("a", () -> "A")).isEqualTo("A");
    assertThat(cache.get("b", () -> "B")).isEqualTo("B");
    assertThat(cache.get("a", () -> "other")).isEqualTo("A");
  }
}
