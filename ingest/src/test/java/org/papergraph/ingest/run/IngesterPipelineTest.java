package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.record.PaperRecordReader;
import org.papergraph.ingest.record.ReadResult;

/** Batches are written on the ingest's writer thread while the caller reads on. */
class IngesterPipelineTest {
  private final Iris iris = Iris.defaults();
  private final GraphStore store = GraphStores.memory();

  @AfterEach
  void close() {
    store.close();
  }

  /** What {@code replaceGraphs} does before the real store writes: it may block or throw. */
  interface BeforeWrite {
    void call(int n) throws Exception;
  }

  /** The memory store, with {@code before} run ahead of every {@code replaceGraphs}, numbered from 1. */
  private GraphStore intercepted(BeforeWrite before) {
    AtomicInteger writes = new AtomicInteger();
    return (GraphStore) Proxy.newProxyInstance(
        GraphStore.class.getClassLoader(),
        new Class<?>[] {GraphStore.class},
        (proxy, method, args) -> {
          if (method.getName().equals("replaceGraphs")) {
            before.call(writes.incrementAndGet());
          }
          return forward(method, args);
        });
  }

  private Object forward(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(store, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String record(int n, String text, String id) {
    return text + " " + n + ".\n\narXiv:" + id + "\nCreated: 2022-11-01\n\n";
  }

  private static String records(int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      sb.append(record(i, "Abstract", String.format("2211.%05d", i)));
    }
    return sb.toString();
  }

  /** The records of {@code text}, counting how many the ingest has taken. */
  private static Iterator<ReadResult> reader(String text, AtomicInteger taken) {
    PaperRecordReader reader = new PaperRecordReader(new BufferedReader(new StringReader(text)), "t.txt");
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reader.hasNext();
      }

      @Override
      public ReadResult next() {
        taken.incrementAndGet();
        return reader.next();
      }
    };
  }

  private List<String> paperGraphs() {
    return store.listGraphs().stream().filter(iris::isPaperGraph).toList();
  }

  static final class WriteFailed extends RuntimeException {
    WriteFailed() {
      super("the disk is full");
    }
  }

  @Test
  void aFailedWriteIsThrownAsItWasAndNothingAfterItIsWritten() {
    WriteFailed failure = new WriteFailed();
    GraphStore failing = intercepted(n -> {
      if (n == 2) {
        throw failure;
      }
    });
    IngestPipeline ingester = IngestPipeline.builder(failing).iris(iris).batchSize(1).build();
    assertThatThrownBy(() -> ingester.ingest(reader(records(6), new AtomicInteger()), "t.txt")).isSameAs(failure);
    assertThat(paperGraphs()).containsExactly(iris.paperGraph("2211.00001"));
    assertThat(store.listGraphs()).as("no run graph for a failed ingest").allMatch(iris::isPaperGraph);
  }

  @Test
  void progressIsHeardOnTheCallersThreadAfterEachBatchInOrder() {
    Thread caller = Thread.currentThread();
    List<Long> ingested = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    IngestReport report = IngestPipeline.builder(store).iris(iris).batchSize(2).build().ingest(reader(records(7), new AtomicInteger()), "t.txt", r -> {
      threads.add(Thread.currentThread());
      ingested.add(r.ingested());
    });
    assertThat(report.added()).isEqualTo(7);
    assertThat(threads).isNotEmpty().allMatch(t -> t == caller);
    // After each of the four batches, then once more at the end.
    assertThat(ingested).containsExactly(2L, 4L, 6L, 7L, 7L);
  }

  @Test
  void theCallerReadsNoMoreThanTwoBatchesAndTheMappedRecordsAheadOfTheWriter() throws Exception {
    // The first batch being written (and held there), the second waiting, the third taken from the
    // mapping threads, which have read the records they may map ahead: then the caller waits for
    // the writer, and so does the reading.
    int bound = 1 + Ingester.MAX_BATCHES_IN_FLIGHT + Ingester.MAPPED_AHEAD_PER_THREAD;
    int records = bound + 30;
    CountDownLatch release = new CountDownLatch(1);
    GraphStore held = intercepted(n -> {
      if (n == 1) {
        release.await(30, TimeUnit.SECONDS);
      }
    });
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger takenWhileHeld = new AtomicInteger();
    CountDownLatch atBound = new CountDownLatch(1);
    Iterator<ReadResult> read = reader(records(records), taken);
    Iterator<ReadResult> watched = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return read.hasNext();
      }

      @Override
      public ReadResult next() {
        ReadResult r = read.next();
        if (release.getCount() > 0) {
          takenWhileHeld.set(taken.get());
        }
        if (taken.get() == bound) {
          atBound.countDown();
        }
        return r;
      }
    };
    Thread ingest = new Thread(() -> IngestPipeline.builder(held).iris(iris).batchSize(1).mappingThreads(1).build().ingest(watched, "t.txt"));
    ingest.start();
    assertThat(atBound.await(30, TimeUnit.SECONDS)).isTrue();
    // No sleeping: the caller is seen parked, which it is only while it waits for the writer (or,
    // were it unbounded, after reading everything).
    awaitParked(ingest);
    assertThat(taken.get()).isEqualTo(bound);
    release.countDown();
    ingest.join(30_000);
    assertThat(takenWhileHeld.get()).as("records taken while the first write was held").isEqualTo(bound);
    assertThat(taken.get()).isEqualTo(records);
    assertThat(paperGraphs()).hasSize(records);
  }

  private static void awaitParked(Thread t) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING) {
      assertThat(t.isAlive()).as("ingest thread alive").isTrue();
      assertThat(System.nanoTime()).as("ingest thread parked within 30 s").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  @Test
  void aLaterDuplicateWinsWhileItsFirstIsStillBeingWritten() throws Exception {
    AtomicInteger taken = new AtomicInteger();
    CountDownLatch duplicateRead = new CountDownLatch(1);
    GraphStore slow = intercepted(n -> {
      if (n == 1) {
        duplicateRead.await(30, TimeUnit.SECONDS);
      }
    });
    String text = record(1, "First version", "2211.00001") + record(2, "Other", "2211.00002") + record(3, "Second version", "2211.00001");
    Iterator<ReadResult> records = reader(text, taken);
    Iterator<ReadResult> signalling = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public ReadResult next() {
        ReadResult r = records.next();
        if (taken.get() == 3) {
          duplicateRead.countDown();
        }
        return r;
      }
    };
    IngestReport report = IngestPipeline.builder(slow).iris(iris).batchSize(1).build().ingest(signalling, "t.txt");
    assertThat(report.duplicates()).hasSize(1);
    assertThat(report.added()).isEqualTo(2);
    assertThat(report.replaced()).isZero();
    List<String> abstracts = store.query(
        QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT ?a WHERE { ?p fabio:hasArXivId \"2211.00001\" ; dcterms:abstract ?a }"),
        qe -> {
          List<String> out = new ArrayList<>();
          qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("a").getString()));
          return out;
        });
    assertThat(abstracts).containsExactly("Second version 3.");
  }
}
