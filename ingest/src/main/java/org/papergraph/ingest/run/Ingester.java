package org.papergraph.ingest.run;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.core.Iris;
import org.papergraph.core.shacl.RecordValidator;
import org.papergraph.core.shacl.Violation;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreThreads;
import org.papergraph.core.store.GraphValues;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.papergraph.ingest.map.Provenance;
import org.papergraph.ingest.record.PaperRecord;
import org.papergraph.ingest.record.ReadResult;
import org.papergraph.ingest.record.SourceLocation;
import org.papergraph.core.vocab.Vocabularies;

/**
 * Writes read records into the store, one named graph per record, in batches of whole records.
 *
 * <p>A record whose graph already holds the same content is left alone, so ingesting a file
 * twice changes nothing; a record whose content differs replaces its graph whole. Within one
 * input, a later record with an id already seen wins, and the report says so.
 *
 * <p>Records are mapped (with their provenance, content hash and validation) on {@code
 * mappingThreads} threads, the ingester's own for its life and shared by its calls, while the
 * caller's thread reads the next ones; the caller takes the
 * mapped records in input order and counts them, so the report, the batches and the order of the
 * writes are those of one thread mapping one record after the other. Batches are written on a
 * thread of their own; they are written, and their outcomes counted, in input order.
 *
 * <p>The writing stage of an {@link IngestPipeline}, which builds it.
 */
final class Ingester {
  /**
   * Records per transaction. Each TDB2 commit syncs every index file and copies the B+tree blocks
   * it touches, so fewer, larger transactions load faster and leave a smaller store: at 35k
   * records, 2,000 per transaction left 1.3 GB on disk against 2.3 GB with 500, in less time,
   * and the heap after GC stayed at 53-80 MiB with the batches in flight.
   */
  static final int DEFAULT_BATCH_SIZE = 2_000;
  /**
   * Batches handed to the writer and not yet counted: one being written, one waiting. With the
   * batch the caller is building, at most three batches of graphs are held, whatever the input.
   */
  static final int MAX_BATCHES_IN_FLIGHT = 2;
  /**
   * Records read and mapped (or being mapped) ahead of the one the caller takes: enough to keep
   * every mapping thread busy while one record takes long, few enough to add little memory beside
   * the batches in flight.
   */
  static final int MAPPED_AHEAD_PER_THREAD = 64;
  private static final Query ANY_RECORD =
      QueryFactory.create(Vocabularies.sparqlPrologue() + "ASK { GRAPH ?g { ?g pg:contentHash ?h } }");
  private static final Query STORED_HASHES =
      QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT ?g ?h WHERE { GRAPH ?g { ?g pg:contentHash ?h } }");

  private final GraphStore store;
  private final PaperGraphMapper mapper;
  private final Provenance provenance;
  private final int batchSize;
  private final RecordValidator validator;
  private final int mappingThreads;
  /** The mapping threads, kept for the ingester's life and shared by its ingest calls. */
  private final ExecutorService mappers;

  /**
   * @param validator checks each record's graph, provenance included, before it is stored
   * @param mappingThreads the threads that map records, at least one
   */
  Ingester(GraphStore store, PaperGraphMapper mapper, int batchSize, RecordValidator validator, int mappingThreads) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
    }
    if (mappingThreads < 1) {
      throw new IllegalArgumentException("at least one mapping thread is needed: " + mappingThreads);
    }
    this.store = store;
    this.mapper = mapper;
    this.provenance = new Provenance(mapper.iris());
    this.batchSize = batchSize;
    this.validator = validator;
    this.mappingThreads = mappingThreads;
    this.mappers = OrderedParallelMap.threads(mappingThreads, "papergraph-ingest-mapper");
  }

  /** The records {@code results} yields, mapped on the mapping threads, in input order. */
  private OrderedParallelMap<ReadResult, Mapped> mapped(Iterator<ReadResult> results, String runIri, Instant started) {
    return new OrderedParallelMap<>(results, r -> map(r, runIri, started), mappers, MAPPED_AHEAD_PER_THREAD * mappingThreads);
  }

  private void requireOpen() {
    if (mappers.isShutdown()) {
      throw new IllegalStateException("this ingest pipeline is closed");
    }
  }

  /** Stops the mapping threads once the records handed to them are mapped. */
  void close() {
    StoreThreads.shutdownAndAwait(mappers);
  }

  /** Ingests everything a reader yields; {@code progress} hears after every batch. */
  IngestReport ingest(Iterator<ReadResult> results, String sourceName, Consumer<IngestReport> progress) {
    requireOpen();
    Iris iris = mapper.iris();
    String runId = UUID.randomUUID().toString();
    IngestReport report = new IngestReport(iris.ingestRun(runId));
    Instant started = Instant.now();
    Map<String, Long> firstLineById = new HashMap<>();
    Map<String, Pending> batch = new LinkedHashMap<>();
    try (BatchWriter writer = new BatchWriter(report, progress);
        OrderedParallelMap<ReadResult, Mapped> mapped = mapped(results, report.runIri(), started)) {
      while (mapped.hasNext()) {
        Mapped next = mapped.next();
        writer.countFinished();
        Pending pending = accept(next, report);
        if (pending == null) {
          continue;
        }
        if (isDuplicate(pending, report, firstLineById)) {
          // When the earlier record is in a batch already handed to the writer, this one
          // replaces its graph in a later batch, written after it.
          batch.remove(iris.paperGraph(pending.arxivId()));
        }
        batch.put(iris.paperGraph(pending.arxivId()), pending);
        if (batch.size() >= batchSize) {
          writer.submit(batch);
          batch = new LinkedHashMap<>();
        }
      }
      if (!batch.isEmpty()) {
        writer.submit(batch);
      }
      writer.finish();
    }
    writeRun(report, sourceName, started);
    progress.accept(report);
    return report;
  }

  /** A read result with what mapping made of it: its graph with provenance, and what the shapes found wrong with it. */
  private record Mapped(ReadResult result, Pending pending, List<Violation> violations) {}

  /**
   * Maps a read record and validates its graph; on a mapping thread, so it touches nothing but
   * the record. A failure names the record and where it was read.
   */
  private Mapped map(ReadResult result, String runIri, Instant started) {
    if (!(result instanceof ReadResult.Accepted accepted)) {
      return new Mapped(result, null, List.of());
    }
    PaperRecord record = accepted.record();
    try {
      Pending pending = pending(record, runIri, started);
      return new Mapped(result, pending, validator.validate(pending.graph(), null));
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow is a pattern's recursion on one record's text: named like any other
      // failure of the mapping, not left to end the run with a bare trace.
      throw new IllegalStateException("could not map the record " + record.arxivId() + " read at " + record.source() + ": " + e, e);
    }
  }

  /**
   * Counts a mapped record as read: its graph with provenance, or null when it is rejected
   * (unreadable, or against the shapes), which the report then says with where and why.
   */
  private static Pending accept(Mapped mapped, IngestReport report) {
    report.countRead();
    if (mapped.result() instanceof ReadResult.Rejected rej) {
      report.reject(new IngestReport.Rejection(rej.source().file(), rej.source().line(), rej.arxivId(), rej.reason()));
      return null;
    }
    if (!mapped.violations().isEmpty()) {
      // A record that breaks the shapes is not stored; an earlier record with its id stays.
      SourceLocation source = mapped.pending().source();
      report.reject(new IngestReport.Rejection(source.file(), source.line(), mapped.pending().arxivId(), shapeViolations(mapped.violations())));
      return null;
    }
    return mapped.pending();
  }

  /** True when an earlier record of this input had the same id; the report then says so. */
  private static boolean isDuplicate(Pending pending, IngestReport report, Map<String, Long> firstLineById) {
    SourceLocation source = pending.source();
    Long earlier = firstLineById.put(pending.arxivId(), source.line());
    if (earlier != null) {
      report.duplicate(new IngestReport.Duplicate(pending.arxivId(), source.file(), earlier, source.line()));
    }
    return earlier != null;
  }

  /**
   * The bulk path: the records go to the store's bulk loader ({@link GraphStore#bulkLoad}) as they
   * are mapped (on the mapping threads, handed over in input order on this thread), while the
   * loader's threads build the indexes. Only records new to
   * the store can be loaded so: a record whose graph the store holds already, and a record whose
   * id came earlier in the input, is held back and written after the load through the normal
   * path, where it replaces the graph when its content differs (so these are held in memory: the
   * bulk path is for records the store does not hold). The run's provenance is written last.
   */
  IngestReport bulk(Iterator<ReadResult> results, String sourceName, Consumer<IngestReport> progress) {
    requireOpen();
    Iris iris = mapper.iris();
    IngestReport report = new IngestReport(iris.ingestRun(UUID.randomUUID().toString()));
    Instant started = Instant.now();
    // Asked before the load: while the loader runs, the store answers no one.
    Set<String> stored = storedHashes(null).keySet();
    Map<String, Long> firstLineById = new HashMap<>();
    Map<String, Pending> heldBack = new LinkedHashMap<>();
    GraphStore.BulkLoad load = store.bulkLoad(sink -> {
      try (OrderedParallelMap<ReadResult, Mapped> mapped = mapped(results, report.runIri(), started)) {
        while (mapped.hasNext()) {
          Pending pending = accept(mapped.next(), report);
          if (pending != null) {
            String graphName = iris.paperGraph(pending.arxivId());
            if (isDuplicate(pending, report, firstLineById) || stored.contains(graphName)) {
              heldBack.put(graphName, pending);
            } else {
              Node g = NodeFactory.createURI(graphName);
              pending.graph().find().forEachRemaining(t -> sink.quad(Quad.create(g, t)));
              report.countAdded(pending.arxivId());
            }
          }
          if (report.read() % batchSize == 0) {
            progress.accept(report);
          }
        }
      }
    });
    report.bulkLoaded(new IngestReport.BulkFigures(load.quads(), load.loadMillis(), load.textIndexMillis(), load.hooksMillis()));
    Map<String, Pending> batch = new LinkedHashMap<>();
    for (Map.Entry<String, Pending> e : heldBack.entrySet()) {
      batch.put(e.getKey(), e.getValue());
      if (batch.size() >= batchSize) {
        write(batch).countIn(report);
        batch = new LinkedHashMap<>();
      }
    }
    if (!batch.isEmpty()) {
      write(batch).countIn(report);
    }
    writeRun(report, sourceName, started);
    progress.accept(report);
    return report;
  }

  private static String shapeViolations(List<Violation> violations) {
    StringBuilder sb = new StringBuilder("does not conform to the SHACL shapes: ");
    for (int i = 0; i < violations.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(violations.get(i).toText());
    }
    return sb.toString();
  }

  private record Pending(String arxivId, SourceLocation source, Graph graph, String hash) {}

  private Pending pending(PaperRecord record, String runIri, Instant started) {
    Graph content = GraphFactory.createDefaultGraph();
    mapper.map(record, StreamRDFLib.graph(content));
    String hash = ContentHash.of(content);
    provenance.writeRecord(record.arxivId(), record.source(), runIri, started, hash, StreamRDFLib.graph(content));
    return new Pending(record.arxivId(), record.source(), content, hash);
  }

  /** What became of one batch's records, by arXiv id, in batch order. */
  private record Written(List<String> unchanged, List<String> added, List<String> replaced) {
    void countIn(IngestReport report) {
      unchanged.forEach(report::countUnchanged);
      added.forEach(report::countAdded);
      replaced.forEach(report::countReplaced);
    }
  }

  /**
   * Writes one batch in one transaction, leaving out the records whose graph already holds the
   * same content. Runs on the writer thread.
   */
  private Written write(Map<String, Pending> batch) {
    Map<String, String> stored = storedHashes(batch.keySet());
    List<String> unchanged = new ArrayList<>();
    Map<String, Graph> writes = new LinkedHashMap<>();
    for (Map.Entry<String, Pending> e : batch.entrySet()) {
      if (e.getValue().hash().equals(stored.get(e.getKey()))) {
        unchanged.add(e.getValue().arxivId());
      } else {
        writes.put(e.getKey(), e.getValue().graph());
      }
    }
    List<String> added = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    if (!writes.isEmpty()) {
      Set<String> existed = store.replaceGraphs(writes);
      for (String graphName : writes.keySet()) {
        (existed.contains(graphName) ? replaced : added).add(batch.get(graphName).arxivId());
      }
    }
    return new Written(unchanged, added, replaced);
  }

  /**
   * The writer thread of one ingest call and the batches handed to it. The caller's thread alone
   * touches the report: it counts each batch's outcome once the batch is written, in order.
   */
  private final class BatchWriter implements AutoCloseable {
    private final IngestReport report;
    private final Consumer<IngestReport> progress;
    private final ExecutorService thread = StoreThreads.single("papergraph-ingest-writer");
    private final Deque<Future<Written>> inFlight = new ArrayDeque<>();
    // Read and written on the writer thread only: once a batch fails, the ones after it are not
    // written, as if the ingest had stopped there.
    private Throwable failed;

    BatchWriter(IngestReport report, Consumer<IngestReport> progress) {
      this.report = report;
      this.progress = progress;
    }

    /** Hands a batch to the writer, first waiting for the oldest when two are in flight. */
    void submit(Map<String, Pending> batch) {
      while (inFlight.size() >= MAX_BATCHES_IN_FLIGHT) {
        countOldest();
      }
      inFlight.add(thread.submit(() -> {
        if (failed != null) {
          throw new IllegalStateException("not written: an earlier batch failed", failed);
        }
        try {
          return write(batch);
        } catch (Throwable t) {
          failed = t;
          throw t;
        }
      }));
    }

    /** Counts the batches already written, without waiting for the others. */
    void countFinished() {
      while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
        countOldest();
      }
    }

    /** Waits for every batch handed over and counts each. */
    void finish() {
      while (!inFlight.isEmpty()) {
        countOldest();
      }
    }

    private void countOldest() {
      await(inFlight.removeFirst()).countIn(report);
      progress.accept(report);
    }

    /**
     * Stops the thread once the batches handed over are written. When the caller failed, those
     * are still written, as they would have been before it read on. The thread is never
     * interrupted: an interrupt in the middle of a TDB2 write closes the store's files.
     */
    @Override
    public void close() {
      StoreThreads.shutdownAndAwait(thread);
    }
  }

  /**
   * The batch's outcome, or what the writer threw, rethrown as it was thrown. Waits without
   * giving up on an interrupt, as a write on the caller's thread would not stop either.
   */
  private static Written await(Future<Written> written) {
    return StoreThreads.await(written, "the batch could not be written");
  }

  /** True when the store holds at least one record's graph. */
  boolean holdsRecords() {
    return store.query(ANY_RECORD, qe -> qe.execAsk());
  }

  /** The content hash each named graph carries now, for those that exist; all of them for null. */
  private Map<String, String> storedHashes(Set<String> graphNames) {
    Query q = graphNames == null ? STORED_HASHES : GraphValues.restrict(STORED_HASHES, "g", graphNames);
    return store.query(
        q,
        qe -> {
          Map<String, String> out = new HashMap<>();
          qe.execSelect().forEachRemaining(s -> out.put(s.getResource("g").getURI(), s.getLiteral("h").getString()));
          return out;
        });
  }

  private void writeRun(IngestReport report, String sourceName, Instant started) {
    Graph run = GraphFactory.createDefaultGraph();
    provenance.writeRun(
        new Provenance.Run(report.runIri(), sourceName, started, Instant.now(),
            report.read(), report.added(), report.replaced(), report.unchanged(), report.rejected()),
        StreamRDFLib.graph(run));
    store.replaceGraph(report.runIri(), run);
  }
}
