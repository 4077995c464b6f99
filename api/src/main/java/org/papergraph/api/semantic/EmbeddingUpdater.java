package org.papergraph.api.semantic;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.papergraph.api.config.EmbeddingProperties;
import org.papergraph.api.index.StoreChanges;
import org.papergraph.core.embed.DutyCycle;
import org.papergraph.core.embed.Pacer;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.store.StoreChange;
import org.papergraph.core.store.StoreThreads;
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
 *
 * <p>After the vectors, the same thread checks the topics of the papers that have a vector and
 * whose topics are not checked yet ({@link PaperEmbeddings#checkTopics}), unless {@code
 * papergraph.embedding.topic-check=false}.
 *
 * <p>The thread takes at most {@code papergraph.embedding.background-cpu-share} of one core, and,
 * with {@code pause-while-serving}, runs its batches only while no request is being answered.
 * Thread priorities would not do: the JVM ignores them on Linux. At shutdown the pass stops after
 * the batch under way and commits; it is never interrupted, since an interrupt closes the files
 * of the vector index (and of TDB2) under it.
 */
@Component
@ConditionalOnProperty(name = "papergraph.embedding.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddingUpdater implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(EmbeddingUpdater.class);

  private final PaperEmbeddings embeddings;
  private final ExecutorService worker = StoreThreads.single("papergraph-embedder");
  private final Object lock = new Object();
  private final Pacer pacer;
  private final boolean topicCheck;
  private Set<String> pending = new HashSet<>();
  private boolean everything;
  private boolean scheduled;
  private boolean stopping;
  private long requested;
  private long completed;

  EmbeddingUpdater(PaperEmbeddings embeddings, StoreChanges changes, EmbeddingProperties props, ServingActivity activity) {
    this.embeddings = embeddings;
    this.topicCheck = props.topicCheck();
    this.pacer = new BackgroundPacer(new DutyCycle(props.backgroundCpuShare(), this::rest), props.pauseWhileServing() ? activity : null);
    changes.onChange(this::heard);
    request(Set.of(), true);
  }

  /** A duty cycle, after a wait for a moment without requests, both cut short by shutdown. */
  private final class BackgroundPacer implements Pacer {
    private final DutyCycle duty;
    private final ServingActivity activity;

    BackgroundPacer(DutyCycle duty, ServingActivity activity) {
      this.duty = duty;
      this.activity = activity;
    }

    @Override
    public boolean awaitTurn() {
      duty.awaitTurn();
      if (activity != null) {
        activity.awaitIdle(EmbeddingUpdater.this::stopping);
      }
      return !stopping();
    }

    @Override
    public void ran(long nanos) {
      duty.ran(nanos);
    }
  }

  private boolean stopping() {
    synchronized (lock) {
      return stopping;
    }
  }

  /** The duty cycle's rest: a wait that shutdown ends. */
  private void rest(long nanos) throws InterruptedException {
    long deadline = System.nanoTime() + nanos;
    synchronized (lock) {
      for (long left = nanos; left > 0 && !stopping; left = deadline - System.nanoTime()) {
        lock.wait(Math.max(1, left / 1_000_000));
      }
    }
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
      if (!scheduled && !stopping) {
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
        if (stopping) {
          // What is left is embedded by the next start's pass.
          scheduled = false;
          lock.notifyAll();
          return;
        }
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
        PaperEmbeddings.Pass pass = all ? embeddings.embedAll((done, total) -> {}, pacer) : embeddings.update(graphs, pacer);
        if (pass.embedded() > 0 || pass.deleted() > 0) {
          log.info("paper vectors: {} embedded ({} texts through the model), {} deleted in {} ms", pass.embedded(), pass.encoded(), pass.deleted(), (System.nanoTime() - start) / 1_000_000);
        }
        if (topicCheck) {
          // Its own write is announced too, and comes back here with nothing left to check.
          long checkStart = System.nanoTime();
          PaperEmbeddings.TopicPass check = all ? embeddings.checkTopics(pacer) : embeddings.checkTopics(graphs, pacer);
          if (check.papers() > 0) {
            log.info("topic check: {} papers, {} of their {} topic assignments removed, {} held-back matches admitted, in {} ms", check.papers(), check.removed(),
                check.assignments(), check.admitted(), (System.nanoTime() - checkStart) / 1_000_000);
          }
        }
      } catch (RuntimeException e) {
        // The next pass over these graphs (a later write, or the next start) embeds them.
        log.error("could not embed the papers of {}", all ? "the store" : graphs, e);
      }
      synchronized (lock) {
        if (!stopping) {
          // A pass cut short by shutdown has not caught up.
          completed = upTo;
        }
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

  /**
   * Stops the pass after the batch under way, which it commits, and waits for that: the vectors
   * close after this bean.
   */
  @Override
  public void destroy() {
    synchronized (lock) {
      stopping = true;
      lock.notifyAll();
    }
    StoreThreads.shutdownAndAwait(worker);
  }
}
