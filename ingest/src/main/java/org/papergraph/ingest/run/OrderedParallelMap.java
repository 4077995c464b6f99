package org.papergraph.ingest.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.papergraph.core.store.StoreThreads;

/**
 * The results of a function over the items of an iterator, computed on several threads and
 * yielded in the order of the items, so that what comes out is as if one thread had computed them
 * one after the other.
 *
 * <p>The items are taken from the source on the caller's thread, in {@link #hasNext} and {@link
 * #next}, and never more than {@code ahead} of them before their results are taken: a slow
 * consumer stops the reading (back-pressure) and memory stays bounded whatever the input.
 *
 * <p>When the function throws for an item, {@link #next} throws that, as it was thrown, for that
 * item, after the results of the items before it; a caller that goes on gets the results of the
 * items after it. Not for use from several threads.
 */
final class OrderedParallelMap<I, O> implements Iterator<O>, AutoCloseable {
  private final Iterator<I> source;
  private final Function<I, O> function;
  private final int ahead;
  private final ExecutorService threads;
  private final Deque<Future<O>> inFlight = new ArrayDeque<>();

  /**
   * @param threads the threads computing the function, at least one
   * @param ahead the most items taken from the source whose results are not taken yet, at least one
   * @param name the threads' name, numbered
   */
  OrderedParallelMap(Iterator<I> source, Function<I, O> function, int threads, int ahead, String name) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread is needed: " + threads);
    }
    if (ahead < 1) {
      throw new IllegalArgumentException("at least one item must be let ahead: " + ahead);
    }
    this.source = source;
    this.function = function;
    this.ahead = ahead;
    AtomicInteger number = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name + "-" + number.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** The items taken from the source and not yet yielded: never more than {@code ahead}. */
  int inFlight() {
    return inFlight.size();
  }

  @Override
  public boolean hasNext() {
    fill();
    return !inFlight.isEmpty();
  }

  @Override
  public O next() {
    fill();
    if (inFlight.isEmpty()) {
      throw new NoSuchElementException();
    }
    Future<O> first = inFlight.removeFirst();
    // The threads go on with the next item while the caller waits for this one or uses it.
    fill();
    return StoreThreads.await(first, "the function failed");
  }

  private void fill() {
    while (inFlight.size() < ahead && source.hasNext()) {
      I item = source.next();
      inFlight.add(threads.submit(() -> function.apply(item)));
    }
  }

  /**
   * Drops the items not yet computed and stops the threads once the ones being computed are done;
   * their results are dropped too.
   */
  @Override
  public void close() {
    inFlight.forEach(f -> f.cancel(false));
    inFlight.clear();
    StoreThreads.shutdownAndAwait(threads);
  }
}
