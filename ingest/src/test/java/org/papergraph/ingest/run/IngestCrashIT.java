package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.PG;
import org.papergraph.ingest.map.PaperGraphMapper;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecord;
import org.papergraph.ingest.record.PaperRecordReader;
import org.papergraph.ingest.record.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process killed with {@code kill -9} in the middle of a large ingest leaves a store that
 * opens, holds every committed record whole and no half record; the same ingest run again
 * completes it. The ingest runs in a real child JVM, killed with {@link Process#destroyForcibly}.
 */
class IngestCrashIT {
  private static final Logger log = LoggerFactory.getLogger(IngestCrashIT.class);
  private static final int RECORDS = 2000;
  private static final int BATCH = 250;
  private static final String PROV = "http://www.w3.org/ns/prov#";

  @TempDir Path dir;

  @Test
  void killedIngestLeavesWholeRecordsAndARerunCompletesIt() throws Exception {
    Path records = dir.resolve("records.txt");
    writeRecords(records);
    Path tdb2 = dir.resolve("tdb2");
    Map<String, Graph> expected = expectedGraphs(records);

    long t0 = System.nanoTime();
    Process child = startIngest(records, tdb2);
    // Kill only once several batches are committed, so the kill lands mid-ingest.
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    long committed = 0;
    while ((line = out.readLine()) != null && committed < 2 * BATCH) {
      if (line.startsWith("committed ")) {
        committed = Long.parseLong(line.substring("committed ".length()));
      }
    }
    assertThat(committed).as("the child committed batches before the kill").isGreaterThanOrEqualTo(2 * BATCH);
    long killedAt = System.nanoTime();
    child.destroyForcibly();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed, not finished").isNotZero();

    long held;
    long t1 = System.nanoTime();
    try (GraphStore store = GraphStores.tdb2(tdb2)) {
      held = assertEveryPaperGraphWhole(store, expected);
      assertThat(held).as("some but not all records were committed").isGreaterThanOrEqualTo(committed).isLessThan(RECORDS);
      assertThat(held % BATCH).as("each batch is one transaction: all of it or none").isZero();
      assertThat(store.searchText("crashtest", RECORDS)).as("the text index holds every committed abstract").hasSize((int) held);
    }
    long reopened = System.nanoTime();

    Process rerun = startIngest(records, tdb2);
    String last = null;
    BufferedReader rerunOut = new BufferedReader(new InputStreamReader(rerun.getInputStream(), StandardCharsets.UTF_8));
    while ((line = rerunOut.readLine()) != null) {
      last = line;
    }
    assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).isZero();
    assertThat(last).isEqualTo("done " + RECORDS);
    long rerunDone = System.nanoTime();

    try (GraphStore store = GraphStores.tdb2(tdb2)) {
      assertThat(assertEveryPaperGraphWhole(store, expected)).isEqualTo(RECORDS);
      assertThat(store.searchText("crashtest", RECORDS)).hasSize(RECORDS);
    }
    log.warn(
        "kill -9 test: {} records, killed after {} committed in {} ms; reopen and check of {} graphs {} ms; rerun {} ms",
        RECORDS, committed, ms(killedAt - t0), held, ms(reopened - t1), ms(rerunDone - reopened));
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  private Process startIngest(Path records, Path tdb2) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
            IngestMain.class.getName(), records.toString(), tdb2.toString(), Integer.toString(BATCH))
        .redirectError(dir.resolve("child-stderr.txt").toFile())
        .start();
  }

  /** Every paper graph holds exactly its record's triples plus whole provenance; returns how many. */
  private static long assertEveryPaperGraphWhole(GraphStore store, Map<String, Graph> expected) {
    Iris iris = Iris.defaults();
    long n = 0;
    for (String name : store.listGraphs()) {
      if (!iris.isPaperGraph(name)) {
        continue;
      }
      Graph stored = store.getGraph(name);
      Graph content = withoutProvenance(stored, name);
      assertThat(content.isIsomorphicWith(expected.get(name))).as("graph %s is whole", name).isTrue();
      assertThat(stored.find(Node.ANY, PG.contentHash.asNode(), Node.ANY).toList())
          .as("graph %s has its content hash", name)
          .singleElement()
          .satisfies(t -> assertThat(t.getObject().getLiteralLexicalForm()).isEqualTo(ContentHash.of(content)));
      assertThat(stored.find(Node.ANY, PG.sourceLine.asNode(), Node.ANY).toList()).as("graph %s has its source line", name).hasSize(1);
      n++;
    }
    return n;
  }

  /** The graph without the Ingester's provenance: the triples about the graph and its source. */
  private static Graph withoutProvenance(Graph stored, String graphName) {
    Graph out = GraphFactory.createDefaultGraph();
    List<Node> sources = new ArrayList<>();
    stored.find(Node.ANY, Node.ANY, Node.ANY).forEach(t -> {
      if (t.getPredicate().getURI().equals(PROV + "wasDerivedFrom")) {
        sources.add(t.getObject());
      }
    });
    for (Triple t : stored.find().toList()) {
      boolean aboutGraph = t.getSubject().isURI() && t.getSubject().getURI().equals(graphName);
      if (!aboutGraph && !sources.contains(t.getSubject())) {
        out.add(t);
      }
    }
    return out;
  }

  private static Map<String, Graph> expectedGraphs(Path records) throws IOException {
    PaperGraphMapper mapper = new PaperGraphMapper(Iris.defaults());
    Map<String, Graph> out = new HashMap<>();
    try (PaperRecordReader reader = new PaperRecordReader(Inputs.open(records), "records.txt")) {
      reader.forEachRemaining(r -> {
        PaperRecord record = ((ReadResult.Accepted) r).record();
        Graph g = GraphFactory.createDefaultGraph();
        mapper.map(record, StreamRDFLib.graph(g));
        out.put(Iris.defaults().paperGraph(record.arxivId()), g);
      });
    }
    assertThat(out).hasSize(RECORDS);
    return out;
  }

  private static void writeRecords(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < RECORDS; i++) {
        w.write("Record " + i + " of a crashtest: a long abstract about diffusion models, graph neural networks and "
            + "everything else a paper might say, repeated so that each record has some weight. ".repeat(4)
            + "Code is at https://github.com/example-lab/project-" + i + ".\n\n");
        if (i % 3 == 0) {
          w.write("Github link: https://github.com/example-lab/official-" + i + "\n\n");
        }
        w.write("Accepted at NeurIPS 2022\n\n");
        w.write(String.format("arXiv:2301.%05d%n", i));
        w.write("Created: 2023-01-15\n\n");
      }
    }
  }
}
