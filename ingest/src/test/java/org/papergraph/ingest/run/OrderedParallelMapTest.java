package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {

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
    }, 4, 16, "test-mapper")) {
      map.forEachRemaining(out::add);
    }
    assertThat(out).containsExactlyElementsOf(IntStream.range(0, n).map(i -> i * 2).boxed().toList());
  }

  @Test
  void takesNoMoreItemsFromTheSourceThanItMayHaveAhead() {
    Counting source = new Counting(1_000);
    int ahead = 8;
    try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(source, i -> i, 2, ahead, "test-mapper")) {
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
    }, 3, 10, "test-mapper")) {
      assertThatThrownBy(() -> map.forEachRemaining(out::add))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("item 42 is bad");
      assertThat(out).containsExactlyElementsOf(IntStream.range(0, 42).boxed().toList());
    }
  }

  @Test
  void anEmptySourceYieldsNothing() {
    try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(new Counting(0), i -> i, 2, 4, "test-mapper")) {
      assertThat(map.hasNext()).isFalse();
      assertThatThrownBy(map::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void closeStopsTheThreadsWithResultsNotTaken() {
    Counting source = new Counting(100);
    OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(source, i -> i, 2, 10, "test-mapper");
    assertThat(map.next()).isZero();
    map.close();
    assertThat(source.taken).isLessThanOrEqualTo(11);
    assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)).noneMatch(name -> name.startsWith("test-mapper"));
  }

  @Test
  void refusesNoThreadsAndNothingAhead() {
    assertThatThrownBy(() -> new OrderedParallelMap<Integer, Integer>(new Counting(1), i -> i, 0, 1, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderedParallelMap<Integer, Integer>(new Counting(1), i -> i, 1, 0, "x")).isInstanceOf(IllegalArgumentException.class);
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
