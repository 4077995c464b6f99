package org.papergraph.ingest.run;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * items after it. Not for use from several threads; several maps may share their threads.
 */
final class OrderedParallelMap<I, O> implements Iterator<O>, AutoCloseable {
  /** How long a thread of {@link #threads} may wait for work before it ends. */
  private static final long IDLE_SECONDS = 30;

  private final Iterator<I> source;
  private final Function<I, O> function;
  private final int ahead;
  private final ExecutorService threads;
  private final Deque<Future<O>> inFlight = new ArrayDeque<>();
  /** Set by {@link #close}: an item whose turn comes after it is skipped. */
  private volatile boolean closed;

  /**
   * @param threads the threads computing the function, which this map shares with others and
   *     does not stop
   * @param ahead the most items taken from the source whose results are not taken yet, at least one
   */
  OrderedParallelMap(Iterator<I> source, Function<I, O> function, ExecutorService threads, int ahead) {
    if (ahead < 1) {
      throw new IllegalArgumentException("at least one item must be let ahead: " + ahead);
    }
    this.source = source;
    this.function = function;
    this.ahead = ahead;
    this.threads = threads;
  }

  /**
   * Daemon threads for maps: {@code count} of them at most, numbered after {@code name}; each
   * ends once idle for a while, so threads that nobody stops do not stay.
   */
  static ExecutorService threads(int count, String name) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one thread is needed: " + count);
    }
    AtomicInteger number = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(count, count, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, name + "-" + number.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.allowCoreThreadTimeOut(true);
    return pool;
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
      inFlight.add(threads.submit(() -> closed ? null : function.apply(item)));
    }
  }

  /**
   * Drops the items not yet computed and returns once the ones being computed are done; their
   * results are dropped too. The threads stay, for other maps.
   */
  @Override
  public void close() {
    closed = true;
    for (Future<O> f : inFlight) {
      try {
        StoreThreads.await(f, "the function failed");
      } catch (RuntimeException | Error e) {
        // Its result is dropped, and so is what it threw.
      }
    }
    inFlight.clear();
  }
}
