package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.VoidStatistics;
import org.papergraph.core.feed.ChangeEvent;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.store.GraphChange;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.TextMatch;
import org.papergraph.core.vocab.PROV;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.reference.SeedFiles;

/**
 * The bulk path against the normal one, on 300 real arXiv records: the same graphs, the same
 * VoID statistics and full-text index, and a change feed that names every loaded graph.
 */
class BulkIngestTest {
  static final Path SEEDS = Path.of("..", "seeds");
  static final Path RECORDS = Path.of("src/test/resources/org/papergraph/ingest/run/arxiv-2025-300.txt");
  static final Iris IRIS = Iris.defaults();
  static VenueRegistry venues;
  static TopicReference topics;

  @BeforeAll
  static void readReferenceData() throws IOException {
    venues = VenueRegistry.load(SEEDS.resolve("reference"));
    topics = TopicReference.load(SEEDS);
  }

  /** A store as the command line opens it: journal and maintained VoID statistics. */
  static GraphStore open(Path dir) {
    GraphStore store = GraphStores.tdb2(dir.resolve("tdb2"));
    ChangeJournal.attach(store, IRIS);
    VoidStatistics.maintain(store, IRIS);
    return store;
  }

  static IngestPipeline pipeline(GraphStore store) {
    return IngestPipeline.builder(store).venues(venues).topics(topics).referenceGraphs(SeedFiles.directory(SEEDS)).build();
  }

  static IngestReport ingest(GraphStore store, Path file, boolean bulk) throws IOException {
    IngestPipeline pipeline = pipeline(store);
    try (BufferedReader in = Inputs.open(file)) {
      String name = file.getFileName().toString();
      return bulk ? pipeline.bulkIngest(in, name, RecordFormat.RECORD, r -> {}) : pipeline.ingest(in, name, RecordFormat.RECORD, r -> {});
    }
  }

  @Test
  void bulkLoadedStoreHoldsTheSameGraphsAsTheNormalIngest(@TempDir Path normalDir, @TempDir Path bulkDir) throws IOException {
    try (GraphStore normal = open(normalDir); GraphStore bulk = open(bulkDir)) {
      IngestReport viaNormal = ingest(normal, RECORDS, false);
      IngestReport viaBulk = ingest(bulk, RECORDS, true);

      assertThat(viaBulk.read()).isEqualTo(300);
      assertThat(viaBulk.added()).isEqualTo(viaNormal.added()).isPositive();
      assertThat(viaBulk.rejected()).isEqualTo(viaNormal.rejected());
      assertThat(viaBulk.bulk()).isNotNull();
      assertThat(viaBulk.bulk().quads()).isPositive();
      assertThat(viaNormal.bulk()).isNull();

      List<String> graphs = dataGraphs(normal, viaNormal.runIri());
      assertThat(dataGraphs(bulk, viaBulk.runIri())).containsExactlyElementsOf(graphs);
      for (String g : graphs) {
        assertThat(comparable(bulk.getGraph(g)).isIsomorphicWith(comparable(normal.getGraph(g)))).as(g).isTrue();
      }
      assertThat(comparable(bulk.getGraph(viaBulk.runIri())).size()).isEqualTo(comparable(normal.getGraph(viaNormal.runIri())).size());

      assertThat(VoidStatistics.isMaintained(bulk, IRIS)).isTrue();
      assertThat(comparable(bulk.getGraph(IRIS.voidGraph())).isIsomorphicWith(comparable(normal.getGraph(IRIS.voidGraph()))))
          .as("the VoID description counted once after the load equals the one kept write by write").isTrue();

      for (String words : List.of("gaussian splatting", "diffusion", "safety")) {
        // The same hits; scores may differ in the last digits, as Lucene's statistics count the
        // documents the normal path replaced and deleted.
        assertThat(subjects(bulk.searchText(words, 1000))).as(words).isNotEmpty()
            .containsExactlyInAnyOrderElementsOf(subjects(normal.searchText(words, 1000)));
      }
    }
  }

  @Test
  void theChangeFeedHasAnEventForEveryLoadedGraphWhosePatchIsTheLoadedGraph(@TempDir Path dir) throws IOException {
    try (GraphStore store = open(dir)) {
      long before = ChangeJournal.lastSequence(store);
      IngestReport report = ingest(store, RECORDS, true);
      List<ChangeEvent> events = ChangeJournal.events(store, before + 1, ChangeJournal.lastSequence(store));
      List<String> papers = events.stream().filter(e -> IRIS.isPaperGraph(e.graph())).map(ChangeEvent::graph).toList();
      assertThat(papers).hasSize((int) report.added()).doesNotHaveDuplicates();
      for (ChangeEvent e : events) {
        if (IRIS.isPaperGraph(e.graph())) {
          assertThat(e.kind()).isEqualTo(GraphChange.Kind.CREATE);
          // The loader keeps no triples, but a create's patch is the graph's content (deferred to it).
          assertThat(e.patchComplete()).isTrue();
          Graph patched = GraphFactory.createDefaultGraph();
          RDFPatchOps.applyChange(patched, RDFPatchOps.read(new ByteArrayInputStream(e.patch().getBytes(StandardCharsets.UTF_8))));
          assertThat(patched.isIsomorphicWith(store.getGraph(e.graph()))).as(e.graph()).isTrue();
          assertThat(e.ingestRun()).isEqualTo(report.runIri());
          assertThat(e.contentHash()).isNotBlank();
        }
      }
      assertThat(events).extracting(ChangeEvent::graph).contains(report.runIri());
    }
  }

  @Test
  void recordsTheStoreHoldsAlreadyAreWrittenAfterTheLoadThroughTheNormalPath(@TempDir Path dir, @TempDir Path tmp) throws IOException {
    String text = Files.readString(RECORDS);
    int cut = nthRecordEnd(text, 100);
    Path first = tmp.resolve("first.txt");
    Files.writeString(first, text.substring(0, cut));
    try (GraphStore store = open(dir)) {
      IngestReport earlier = ingest(store, first, false);
      IngestReport report = ingest(store, RECORDS, true);
      assertThat(report.unchanged()).isEqualTo(earlier.added());
      assertThat(report.added()).isEqualTo(report.read() - report.rejected() - earlier.added());
      assertThat(report.bulk().quads()).isPositive();
      // Ingested again the normal way, nothing changes: the bulk load left what it would have.
      IngestReport again = ingest(store, RECORDS, false);
      assertThat(again.unchanged()).isEqualTo(report.ingested());
      assertThat(again.added() + again.replaced()).isZero();
    }
  }

  private static List<String> subjects(List<TextMatch> matches) {
    return matches.stream().map(TextMatch::subject).toList();
  }

  private static int nthRecordEnd(String text, int n) {
    int at = 0;
    for (int i = 0; i < n; i++) {
      at = text.indexOf("\nCreated: ", at) + 1;
      at = text.indexOf('\n', at) + 1;
    }
    return at;
  }

  /** The named graphs other than the runs, the journal and the VoID description, sorted. */
  private static List<String> dataGraphs(GraphStore store, String runIri) {
    List<String> out = new ArrayList<>();
    for (String g : store.listGraphs()) {
      if (!g.equals(runIri) && !ChangeJournal.isJournal(g) && !g.equals(IRIS.voidGraph())) {
        out.add(g);
      }
    }
    return out;
  }

  /** The graph with what differs between two runs of the same input set aside: the run's IRI and the times. */
  private static Graph comparable(Graph g) {
    Node run = NodeFactory.createURI("urn:test:run");
    Graph out = GraphFactory.createDefaultGraph();
    g.find().forEachRemaining(t -> {
      Node o = t.getObject();
      if (o.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(o.getLiteralDatatypeURI())) {
        return;
      }
      if (t.getPredicate().equals(PROV.wasGeneratedBy.asNode())) {
        o = run;
      }
      Node s = t.getSubject().isURI() && t.getSubject().getURI().startsWith(IRIS.ingestRun("")) ? run : t.getSubject();
      out.add(Triple.create(s, t.getPredicate(), o));
    });
    return out;
  }
}
