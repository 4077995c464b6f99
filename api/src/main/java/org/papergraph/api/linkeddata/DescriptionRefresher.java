package org.papergraph.api.linkeddata;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.papergraph.api.config.LinkedDataProperties;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.DatasetDescription;
import org.papergraph.core.describe.VoidStatistics;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored VoID description ({@link DatasetDescription}, in {@link Iris#voidGraph()}) in
 * step with the store. A local store keeps it exact in every write itself ({@link
 * VoidStatistics}), and this has nothing to do. On a remote store, which runs no write hooks,
 * the description is counted over the whole store after changes: its full scans cost about as much as a fifth of a large ingest, and grow
 * with the store, so writers do not wait for them: each change schedules a refresh on one
 * background thread. A refresh still waiting covers every change made before it starts; a change
 * during a refresh schedules one more.
 *
 * <p>What must not show an older description calls {@link #awaitCurrent()} first. The refresh is
 * itself a write and is announced like any other, so cached views that count every quad are
 * recomputed after it; a change to the description's graph alone does not call for another
 * refresh, though.
 */
@Component
public class DescriptionRefresher implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(DescriptionRefresher.class);

  private final Runnable refresh;
  private final StoreChanges changes;
  /** The latest store change the description may have to show: any but one to itself alone. */
  private final StoreChanges.Mark wanted;
  /** Null when refreshes happen only on request. */
  private final ExecutorService thread;

  // All guarded by this. The store version the stored description reflects; -1 until this
  // process refreshes it, since the one a previous run stored may predate that run's last write.
  // Nothing is refreshed at start, though: the first change or the first reader does it.
  private long described = -1;
  private boolean queued;
  private boolean running;
  private boolean closed;

  @Autowired
  DescriptionRefresher(GraphStore store, Iris iris, StoreChanges changes, LinkedDataProperties props) {
    this(VoidStatistics.maintain(store, iris) ? null : () -> new DatasetDescription(store, iris).refresh(),
        changes, iris.voidGraph(), props.backgroundVoidRefresh());
  }

  /**
   * @param refresh recomputes and stores the description, or null when the store keeps it exact
   *     in every write
   * @param descriptionGraph where {@code refresh} stores it
   */
  DescriptionRefresher(Runnable refresh, StoreChanges changes, String descriptionGraph, boolean background) {
    this.refresh = refresh;
    this.changes = changes;
    thread = background && refresh != null ? StoreThreads.single("papergraph-void-refresh") : null;
    this.wanted = refresh == null ? null : changes.markIgnoring(descriptionGraph, this::schedule);
  }

  /** True when the store keeps the stored description exact in every write. */
  public boolean maintainedByStore() {
    return refresh == null;
  }

  /**
   * Returns once the stored description reflects every change announced before the call: at once
   * when it does, after the refresh under way when that one covers them, and otherwise after a
   * refresh on the calling thread.
   */
  public void awaitCurrent() {
    if (maintainedByStore()) {
      return;
    }
    refreshUpTo(wanted.latest());
  }

  /** Has a refresh run on the background thread, unless one is waiting there already. */
  synchronized void schedule() {
    if (thread == null || queued || closed) {
      return;
    }
    queued = true;
    thread.execute(() -> {
      synchronized (this) {
        queued = false;
        if (closed) {
          return;
        }
      }
      try {
        refreshUpTo(wanted.latest());
      } catch (RuntimeException e) {
        // The next change or request tries again; a reader waiting for it gets the error itself.
        log.warn("could not refresh the VoID description", e);
      }
    });
  }

  private void refreshUpTo(long target) {
    long from;
    synchronized (this) {
      boolean interrupted = false;
      // One refresh at a time, be it on the background thread or a reader's.
      while (running) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (described >= target) {
        return;
      }
      running = true;
      from = wanted.coveredByReadNow();
    }
    boolean done = false;
    try {
      long t0 = System.nanoTime();
      refresh.run();
      done = true;
      log.debug("VoID description refreshed for store version {} in {} ms", from, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    } finally {
      synchronized (this) {
        running = false;
        if (done) {
          // Reading the store began after every change up to version 'from' had committed; a
          // change since has scheduled the next refresh.
          described = from;
        }
        notifyAll();
      }
    }
  }

  /**
   * Skips the refreshes still waiting and waits for the one under way: it is a write, and a
   * thread interrupted in the middle of a TDB2 write closes the store's files.
   */
  @Override
  public void destroy() {
    synchronized (this) {
      closed = true;
    }
    if (thread == null) {
      return;
    }
    StoreThreads.shutdownAndAwait(thread);
  }
}
