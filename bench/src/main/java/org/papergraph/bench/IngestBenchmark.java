package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.QueryFactory;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.DatasetDescription;
import org.papergraph.core.describe.VoidStatistics;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreArchive;
import org.papergraph.core.vocab.PG;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.run.IngestReport;
import org.papergraph.ingest.run.IngestPipeline;

/**
 * One ingest of one file into a fresh TDB2 directory, with the mapper the api uses (venues and
 * topics): prints wall time, papers/s, quads/s, peak heap and peak RSS, and a slice line per
 * 10,000 records read (time per paper, heap after the last GC, RSS) so that growth shows.
 *
 * <p>The clock covers reading, mapping, validation and writing, not the JVM start nor the
 * loading of the reference data (the api does that once at start-up). The VoID description is
 * then recomputed and timed on its own ({@code RESULT void}). bench/run starts one JVM per run
 * so that each run's RSS is its own.
 *
 * <p>Usage: {@code IngestBenchmark FILE STOREDIR [--export FILE.nq.gz] [--reference] [--samples FILE] [--batch N] [--mapping-threads N] [--feed] [--maintain-void] [--no-void-refresh] [--bulk]}
 * <ul>
 *   <li>{@code --export}: after the timed ingest, writes the store as gzip N-Quads (the input
 *       of tdb2.tdbloader);
 *   <li>{@code --reference}: then loads the reference graphs, as the api does, so that the
 *       store can be served;
 *   <li>{@code --samples}: then writes ids sampled from the store for the load generator;
 *   <li>{@code --batch}, {@code --mapping-threads}: the pipeline's records per transaction and
 *       mapping threads (default: the pipeline's defaults);
 *   <li>{@code --feed}: journals the change feed's events during the ingest, as the api does,
 *       and prints the journal's size ({@code RESULT feed}).
 *   <li>{@code --maintain-void}: keeps the VoID statistics exact in every write, as the api and the
 *       command line do on a local store.
 *   <li>{@code --no-void-refresh}: leaves out the recount after the ingest, which a store kept by
 *       {@code --maintain-void} does not need ({@code RESULT void} then times nothing).
 *   <li>{@code --bulk}: the bulk path ({@link IngestPipeline#bulkIngest}), as the command line takes
 *       it into an empty store: TDB2's parallel loader, then the full-text index and the write
 *       hooks once. With {@code --feed --maintain-void}, the clock covers the change feed's events
 *       and the VoID count too, which the bulk path makes once at the end.
 * </ul>
 */
public final class IngestBenchmark {
  static final int SLICE = 10_000;

  /** The characters of the patch literals the journal holds (gzip and base64 since they are compressed), all events together. */
  static long patchCharacters(GraphStore store) {
    String q = "SELECT (SUM(STRLEN(STR(?p))) AS ?n) WHERE { GRAPH <" + Iris.FEED_GRAPH + "> { ?e <" + PG.rdfPatch.getURI() + "> ?p } }";
    return store.queryIncludingReserved(QueryFactory.create(q), qe -> qe.execSelect().next().getLiteral("n").getLong());
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    Path export = null;
    Path samples = null;
    boolean reference = false;
    boolean feed = false;
    boolean maintainVoid = false;
    boolean voidRefresh = true;
    boolean bulk = false;
    Integer batch = null;
    Integer mappingThreads = null;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--export" -> export = Path.of(args[++i]);
        case "--reference" -> reference = true;
        case "--feed" -> feed = true;
        case "--maintain-void" -> maintainVoid = true;
        case "--no-void-refresh" -> voidRefresh = false;
        case "--bulk" -> bulk = true;
        case "--samples" -> samples = Path.of(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--mapping-threads" -> mappingThreads = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (Files.exists(dir)) {
      throw new IllegalStateException(dir + " exists: the benchmark ingests into a fresh directory");
    }
    String name = file.getFileName().toString();

    try (GraphStore store = GraphStores.tdb2(dir)) {
      if (feed) {
        // As the api and the command line do: every write journals its events for the change feed.
        ChangeJournal.attach(store, Iris.defaults());
      }
      if (maintainVoid) {
        // As the api and the command line do on a local store: every write keeps the VoID
        // statistics exact, so the full recount timed after the ingest is then not needed.
        VoidStatistics.maintain(store, Iris.defaults());
      }
      // The reference graphs are left out of the timed ingest.
      IngestPipeline.Builder builder = BenchIngest.pipeline(store);
      if (batch != null) {
        builder.batchSize(batch);
      }
      if (mappingThreads != null) {
        builder.mappingThreads(mappingThreads);
      }
      IngestPipeline pipeline = builder.build();
      Iris iris = pipeline.iris();
      System.gc();
      Measurement.resetPeaks();
      long start = System.nanoTime();
      long[] lastSlice = {start, 0};
      IngestReport report;
      try (pipeline; BufferedReader in = Inputs.open(file)) {
        Consumer<IngestReport> slices = r -> {
          if (r.read() - lastSlice[1] >= SLICE) {
            long now = System.nanoTime();
            long n = r.read() - lastSlice[1];
            // Printed as it happens, so that a long run shows its trend before it ends.
            System.out.println(String.format("slice: records %,d-%,d: %.2f ms/record, heap after last GC %s, RSS %s",
                lastSlice[1] + 1, r.read(), (now - lastSlice[0]) / 1e6 / n,
                Measurement.mib(Measurement.heapAfterGcBytes()), Measurement.mib(Measurement.rssBytes())));
            lastSlice[0] = now;
            lastSlice[1] = r.read();
          }
        };
        RecordFormat format = RecordFormat.fromFileName(name);
        report = bulk ? pipeline.bulkIngest(in, name, format, slices) : pipeline.ingest(in, name, format, slices);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long peakHeap = Measurement.peakHeapBytes();
      long peakRss = Measurement.peakRssBytes();
      long quads = store.size();
      // The ingest leaves the VoID description to its caller (the command line and the service
      // recompute it after they write); timed on its own, since it grows with the whole store.
      long voidStart = System.nanoTime();
      if (voidRefresh) {
        new DatasetDescription(store, iris).refresh();
      }
      double voidSeconds = (System.nanoTime() - voidStart) / 1e9;
      System.out.printf("ingest: %.1f s, %,d read, %,d papers (%,.0f papers/s), %,d rejected, %,d quads (%,.0f quads/s), peak heap %s, peak RSS %s;"
              + " then the VoID description: %.1f s%n",
          seconds, report.read(), report.ingested(), report.ingested() / seconds, report.rejected(), quads, quads / seconds,
          Measurement.mib(peakHeap), Measurement.mib(peakRss), voidSeconds);
      System.out.printf("RESULT ingest seconds=%.2f papers=%d quads=%d peakHeapMiB=%d peakRssMiB=%d%n",
          seconds, report.ingested(), quads, peakHeap >> 20, peakRss >> 20);
      System.out.printf("RESULT void seconds=%.2f%n", voidSeconds);
      if (report.bulk() != null) {
        IngestReport.BulkFigures b = report.bulk();
        System.out.printf("RESULT bulk quads=%d loadSeconds=%.2f textIndexSeconds=%.2f hooksSeconds=%.2f%n",
            b.quads(), b.loadMillis() / 1e3, b.textIndexMillis() / 1e3, b.hooksMillis() / 1e3);
      }
      if (feed) {
        long events = ChangeJournal.lastSequence(store);
        long patchChars = patchCharacters(store);
        System.out.printf("RESULT feed events=%d patchChars=%d patchCharsPerEvent=%d%n", events, patchChars, events == 0 ? 0 : patchChars / events);
      }

      if (export != null) {
        long t = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(export)) {
          StoreArchive.export(store, out, StoreArchive.Format.NQUADS);
        }
        double exportSeconds = (System.nanoTime() - t) / 1e9;
        // The store now holds the VoID description too.
        System.out.printf("exported %,d quads to %s in %.1f s%n", store.size(), export, exportSeconds);
      }
      if (reference) {
        long t = System.nanoTime();
        List<String> loaded = pipeline.referenceGraphs().ensureLoaded(store);
        System.out.printf("reference graphs loaded (%d) in %.1f s; store now %,d quads%n", loaded.size(), (System.nanoTime() - t) / 1e9, store.size());
      }
      if (samples != null) {
        Samples.sample(store).write(samples);
        System.out.println("samples written to " + samples);
      }
    }
  }
}
