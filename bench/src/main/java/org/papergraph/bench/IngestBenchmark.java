package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.record.RecordReader;
import org.papergraph.ingest.run.IngestReport;
import org.papergraph.ingest.run.Ingester;

/**
 * Ingests one file into a fresh TDB2 directory several times and prints wall time, papers/s,
 * quads/s, peak heap and peak RSS per run, then the medians.
 *
 * <p>Usage: {@code IngestBenchmark FILE WORKDIR RUNS}
 */
public final class IngestBenchmark {
  record Run(double seconds, long papers, long quads, long rejected, long peakHeap) {
    double papersPerSecond() {
      return papers / seconds;
    }

    double quadsPerSecond() {
      return quads / seconds;
    }
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Path work = Path.of(args[1]);
    int runs = Integer.parseInt(args[2]);
    List<Run> results = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Path dir = work.resolve("ingest-run-" + i);
      deleteRecursively(dir);
      System.gc();
      Measurement.resetPeaks();
      long start = System.nanoTime();
      IngestReport report;
      long quads;
      try (GraphStore store = GraphStores.tdb2(dir);
          BufferedReader in = Inputs.open(file);
          RecordReader reader = RecordFormat.fromFileName(file.getFileName().toString()).reader(in, file.getFileName().toString())) {
        report = new Ingester(store, mapper()).ingest(reader, file.getFileName().toString());
        quads = store.size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Run run = new Run(seconds, report.ingested(), quads, report.rejected(), Measurement.peakHeapBytes());
      results.add(run);
      System.out.printf("run %d: %.1f s, %,d papers (%,.0f papers/s), %,d quads (%,.0f quads/s), %,d rejected, peak heap %s%n",
          i + 1, seconds, run.papers(), run.papersPerSecond(), quads, run.quadsPerSecond(), run.rejected(), Measurement.mib(run.peakHeap()));
      deleteRecursively(dir);
    }
    results.sort(Comparator.comparingDouble(Run::seconds));
    Run median = results.get(results.size() / 2);
    System.out.printf("median of %d: %.1f s (min %.1f, max %.1f), %,.0f papers/s, %,.0f quads/s, peak heap %s; process peak RSS %s%n",
        runs, median.seconds(), results.get(0).seconds(), results.get(results.size() - 1).seconds(),
        median.papersPerSecond(), median.quadsPerSecond(), Measurement.mib(median.peakHeap()), Measurement.mib(Measurement.peakRssBytes()));
  }

  static PaperGraphMapper mapper() {
    return new PaperGraphMapper(Iris.defaults());
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
