package org.papergraph.ingest.run;

import java.io.BufferedReader;
import java.nio.file.Path;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecordReader;

/**
 * Ingests a record file into a TDB2 directory and prints one line per committed batch: the
 * child process of {@link IngestCrashIT}.
 *
 * <p>Arguments: record file, TDB2 directory, batch size.
 */
public final class IngestMain {
  private IngestMain() {}

  public static void main(String[] args) throws Exception {
    Path records = Path.of(args[0]);
    Path tdb2 = Path.of(args[1]);
    int batchSize = Integer.parseInt(args[2]);
    try (GraphStore store = GraphStores.tdb2(tdb2);
        BufferedReader in = Inputs.open(records);
        PaperRecordReader reader = new PaperRecordReader(in, records.getFileName().toString())) {
      IngestPipeline ingester = IngestPipeline.builder(store).iris(Iris.defaults()).batchSize(batchSize).build();
      IngestReport report =
          ingester.ingest(
              reader,
              records.getFileName().toString(),
              r -> {
                System.out.println("committed " + r.ingested());
                System.out.flush();
              });
      System.out.println("done " + report.ingested());
    }
  }
}
