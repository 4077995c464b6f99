package org.papergraph.api.semantic;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.store.StoreChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps the paper vectors in step with the store, off the write path: each announced write only
 * queues the graphs it touched, and one background thread embeds the papers in them. A burst of
 * writes gets one pass. At start, one pass over the whole store embeds what is missing or stale
 * (papers written while the server was down, or after a crash before the vectors were committed,
 * or every paper after a model change).
 */
@Component
@ConditionalOnProperty(name = "papergraph.embedding.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddingUpdater implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingUpdater.class);

  private final PaperEmbeddings embeddings;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "papergraph-embedder");
    t.setDaemon(true);
    // Below the request threads: embedding is throughput work, answers are latency work.
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });
  private final Object lock = new Object();
  private Set<String> pending = new HashSet<>();
  private boolean everything;
  private boolean scheduled;
  private long requested;
  private long completed;

  EmbeddingUpdater(PaperEmbeddings embeddings, StoreChanges changes) {
    this.embeddings = embeddings;
    changes.onChange(this::heard);
    request(Set.of(), true);
  }

  private void heard(StoreChange change) {
    request(change.graphs(), change.allGraphs());
  }

  private void request(Set<String> graphs, boolean all) {
    synchronized (lock) {
      requested++;
      if (all) {
        everything = true;
      } else {
        pending.addAll(graphs);
      }
      if (!scheduled) {
        scheduled = true;
        worker.execute(this::drain);
      }
    }
  }

  private void drain() {
    while (true) {
      Set<String> graphs;
      boolean all;
      long upTo;
      synchronized (lock) {
        if (!everything && pending.isEmpty()) {
          scheduled = false;
          completed = requested;
          lock.notifyAll();
          return;
        }
        graphs = pending;
        pending = new HashSet<>();
        all = everything;
        everything = false;
        upTo = requested;
      }
      try {
        long start = System.nanoTime();
        PaperEmbeddings.Pass pass = all ? embeddings.embedAll((done, total) -> {}) : embeddings.update(graphs);
        if (pass.embedded() > 0 || pass.deleted() > 0) {
          log.info("paper vectors: {} embedded, {} deleted in {} ms", pass.embedded(), pass.deleted(), (System.nanoTime() - start) / 1_000_000);
        }
      } catch (RuntimeException e) {
        // The next pass over these graphs (a later write, or the next start) embeds them.
        log.error("could not embed the papers of {}", all ? "the store" : graphs, e);
      }
      synchronized (lock) {
        completed = upTo;
        lock.notifyAll();
      }
    }
  }

  /**
   * Waits until every write announced before the call has its papers embedded, or the timeout
   * passes; true when caught up.
   */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      long target = requested;
      while (completed < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    worker.shutdownNow();
    // The vectors close after this bean; a pass still writing them would fail midway.
    if (!worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
      log.warn("the embedding pass did not stop within 30 s");
    }
  }
}
