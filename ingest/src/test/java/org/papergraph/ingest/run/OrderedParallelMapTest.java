package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.core.store.StoreThreads;

class OrderedParallelMapTest {
  private final List<ExecutorService> pools = new ArrayList<>();

  /** The numbers 0 to n - 1, counting how many were taken. */
  private static final class Counting implements Iterator<Integer> {
    private final int n;
    int taken;

    Counting(int n) {
      this.n = n;
    }

    @Override
    public boolean hasNext() {
      return taken < n;
    }

    @Override
    public Integer next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return taken++;
    }
  }

  @Test
  void yieldsTheResultsInTheOrderOfTheItemsWhateverOrderTheyAreComputedIn() {
    // Items that are multiples of 7 wait until the item after them has been computed, so that on
    // several threads a later item is surely finished first.
    int n = 500;
    List<CountDownLatch> done = IntStream.range(0, n + 1).mapToObj(i -> new CountDownLatch(1)).toList();
    List<Integer> out = new ArrayList<>();
    try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(new Counting(n), i -> {
      if (i % 7 == 0 && i + 1 < n) {
        awaitUninterruptibly(done.get(i + 1));
      }
      done.get(i).countDown();
      return i * 2;
    }, pool(4), 16)) {
      map.forEachRemaining(out::add);
    }
    assertThat(out).containsExactlyElementsOf(IntStream.range(0, n).map(i -> i * 2).boxed().toList());
  }

  @Test
  void takesNoMoreItemsFromTheSourceThanItMayHaveAhead() {
    Counting source = new Counting(1_000);
    int ahead = 8;
    try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(source, i -> i, pool(2), ahead)) {
      for (int consumed = 0; consumed < 1_000; consumed++) {
        assertThat(map.hasNext()).isTrue();
        // Before the consumer takes the next result, at most `ahead` items are out of the source
        // and not yet yielded: a consumer that stops here stops the reading too.
        assertThat(source.taken).isLessThanOrEqualTo(consumed + ahead);
        assertThat(map.inFlight()).isLessThanOrEqualTo(ahead);
        assertThat(map.next()).isEqualTo(consumed);
      }
      assertThat(map.hasNext()).isFalse();
    }
  }

  @Test
  void aFailureSurfacesForItsItemAfterTheResultsBeforeIt() {
    List<Integer> out = new ArrayList<>();
    try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(new Counting(100), i -> {
      if (i == 42) {
        throw new IllegalArgumentException("item 42 is bad");
      }
      return i;
    }, pool(3), 10)) {
      assertThatThrownBy(() -> map.forEachRemaining(out::add))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("item 42 is bad");
      assertThat(out).containsExactlyElementsOf(IntStream.range(0, 42).boxed().toList());
    }
  }

  @Test
  void anEmptySourceYieldsNothing() {
    try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(new Counting(0), i -> i, pool(2), 4)) {
      assertThat(map.hasNext()).isFalse();
      assertThatThrownBy(map::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void closeDropsTheItemsNotComputedAndReturnsOnceThoseBeingComputedAreDone() {
    Counting source = new Counting(100);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger computed = new AtomicInteger();
    OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(source, i -> {
      running.incrementAndGet();
      try {
        return i;
      } finally {
        computed.incrementAndGet();
        running.decrementAndGet();
      }
    }, pool(2), 10);
    assertThat(map.next()).isZero();
    map.close();
    assertThat(running.get()).as("items still being computed after close").isZero();
    assertThat(source.taken).isLessThanOrEqualTo(11);
    assertThat(computed.get()).isLessThanOrEqualTo(source.taken);
    assertThat(map.inFlight()).isZero();
  }

  @Test
  void mapsSharingTheirThreadsEachYieldTheirOwnResultsInOrder() {
    ExecutorService shared = pool(1);
    List<Integer> out = new ArrayList<>();
    try (OrderedParallelMap<Integer, Integer> a = new OrderedParallelMap<>(new Counting(50), i -> i, shared, 4);
        OrderedParallelMap<Integer, Integer> b = new OrderedParallelMap<>(new Counting(50), i -> -i, shared, 4)) {
      while (a.hasNext() || b.hasNext()) {
        if (a.hasNext()) {
          out.add(a.next());
        }
        if (b.hasNext()) {
          out.add(b.next());
        }
      }
    }
    assertThat(out).containsExactlyElementsOf(IntStream.range(0, 50).boxed().flatMap(i -> java.util.stream.Stream.of(i, -i)).toList());
    // Closing a map leaves the threads to the others.
    assertThat(shared.isShutdown()).isFalse();
  }

  @Test
  void refusesNoThreadsAndNothingAhead() {
    assertThatThrownBy(() -> OrderedParallelMap.threads(0, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderedParallelMap<Integer, Integer>(new Counting(1), i -> i, pool(1), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Threads for the maps of one test, stopped after it. */
  private ExecutorService pool(int threads) {
    ExecutorService pool = OrderedParallelMap.threads(threads, "test-mapper");
    pools.add(pool);
    return pool;
  }

  @AfterEach
  void stopThePools() {
    pools.forEach(StoreThreads::shutdownAndAwait);
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // the test's threads are not interrupted
      }
    }
  }
}
