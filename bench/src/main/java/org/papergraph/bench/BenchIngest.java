package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.run.IngestPipeline;
import org.papergraph.ingest.run.IngestReport;

/**
 * The ingest the benchmarks share: the api's pipeline (the bundled venues, topics and reference
 * graphs), but with the reference graphs left out of the ingest, which the api loads once at
 * start-up; and a file ingested with it, as the record format or arXiv JSON lines by its name,
 * gzip or not.
 */
final class BenchIngest {
  private BenchIngest() {}

  /** A builder of the api's pipeline into {@code store}, for a benchmark that sets more. */
  static IngestPipeline.Builder pipeline(GraphStore store) throws IOException {
    return IngestPipeline.builder(store)
        .bundledReferenceData(BenchIngest.class.getClassLoader())
        .referenceGraphsOnIngest(false);
  }

  /** Ingests {@code file} into {@code store} and returns the report. */
  static IngestReport ingest(GraphStore store, Path file) throws IOException {
    String name = file.getFileName().toString();
    try (IngestPipeline pipeline = pipeline(store).build(); BufferedReader in = Inputs.open(file)) {
      return pipeline.ingest(in, name, RecordFormat.fromFileName(name), r -> {});
    }
  }

  /** A store in memory holding what the ingest of {@code file} writes. */
  static GraphStore inMemory(Path file) throws IOException {
    GraphStore store = GraphStores.memory();
    try {
      ingest(store, file);
      return store;
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
