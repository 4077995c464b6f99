package org.papergraph.api.ingest;

import java.io.BufferedReader;
import java.util.function.Consumer;
import org.papergraph.core.store.GraphStore;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.record.RecordReader;
import org.papergraph.ingest.reference.ReferenceGraphs;
import org.papergraph.ingest.run.IngestReport;
import org.papergraph.ingest.run.Ingester;
import org.springframework.stereotype.Service;

/** Ingests one input into the store, with the reference graphs in place first. */
@Service
public class IngestService {
  private final GraphStore store;
  private final PaperGraphMapper mapper;
  private final ReferenceGraphs references;

  IngestService(GraphStore store, PaperGraphMapper mapper, ReferenceGraphs references) {
    this.store = store;
    this.mapper = mapper;
    this.references = references;
  }

  /**
   * Reads {@code in} as {@code format} and writes every good record.
   *
   * @param name the input's name, as it should appear in the report and the provenance
   * @param progress hears the report as it grows, after every batch
   */
  public IngestReport ingest(BufferedReader in, String name, RecordFormat format, Consumer<IngestReport> progress) {
    references.ensureLoaded(store);
    try (RecordReader reader = format.reader(in, name)) {
      return new Ingester(store, mapper).ingest(reader, name, progress);
    }
  }
}
