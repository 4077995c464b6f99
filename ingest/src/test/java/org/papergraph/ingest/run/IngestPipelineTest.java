package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.map.VenueGraph;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.reference.ArxivTaxonomy;
import org.papergraph.ingest.reference.SeedFiles;

/** What each setting of the builder puts into the pipeline, seen in the store after an ingest of the seeds. */
class IngestPipelineTest {
  static final Path SEEDS = Path.of("..", "seeds");
  static VenueRegistry venues;
  static TopicReference topics;
  final GraphStore store = GraphStores.memory();

  @BeforeAll
  static void readReferenceData() throws IOException {
    venues = VenueRegistry.load(SEEDS.resolve("reference"));
    topics = TopicReference.load(SEEDS);
  }

  @AfterEach
  void close() {
    store.close();
  }

  IngestPipeline.Builder full() {
    return IngestPipeline.builder(store).venues(venues).topics(topics).referenceGraphs(SeedFiles.directory(SEEDS));
  }

  IngestReport ingestSeeds(IngestPipeline pipeline) throws IOException {
    try (BufferedReader in = Inputs.open(SEEDS.resolve("papers.txt"))) {
      return pipeline.ingest(in, "papers.txt", RecordFormat.RECORD, r -> {});
    }
  }

  long count(String where) {
    return store.query(QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }"),
        qe -> qe.execSelect().next().getLiteral("n").getLong());
  }

  List<String> referenceGraphs(Iris iris) {
    return store.listGraphs().stream().filter(g -> g.startsWith(iris.referenceGraph(""))).sorted().toList();
  }

  @Test
  void withNothingSetItMapsTheRecordsAloneUnderTheDefaultIris() throws IOException {
    IngestPipeline pipeline = IngestPipeline.builder(store).build();
    IngestReport report = ingestSeeds(pipeline);
    assertThat(report.added()).isEqualTo(10);
    assertThat(pipeline.iris().base()).isEqualTo(Iris.DEFAULT_BASE);
    assertThat(store.containsGraph(Iris.defaults().paperGraph("2211.08332"))).isTrue();
    assertThat(referenceGraphs(Iris.defaults())).isEmpty();
    assertThat(count("?p dcterms:subject ?t")).isZero();
    assertThat(count("?p pg:venueClaim ?c")).isZero();
    assertThatThrownBy(pipeline::referenceGraphs).isInstanceOf(IllegalStateException.class).hasMessageContaining("without reference graphs");
  }

  @Test
  void withReferenceDataItWritesTheReferenceGraphsFirstAndExtractsVenuesAndTopics() throws IOException {
    Iris iris = new Iris("https://papers.example.org/");
    IngestReport report = ingestSeeds(full().iris(iris).build());
    assertThat(report.added()).isEqualTo(10);
    assertThat(store.containsGraph(iris.paperGraph("2211.08332"))).isTrue();
    assertThat(referenceGraphs(iris))
        .contains(iris.referenceGraph(ArxivTaxonomy.GRAPH_NAME), iris.referenceGraph(VenueGraph.REFERENCE_GRAPH))
        .hasSize(2 + topics.schemes().size());
    assertThat(count("?p dcterms:subject ?t")).isPositive();
    assertThat(count("?p pg:venueClaim ?c")).isPositive();
  }

  @Test
  void extractionCanBeSwitchedOffWhileTheReferenceGraphsStay() throws IOException {
    ingestSeeds(full().extractVenues(false).extractTopics(false).build());
    assertThat(count("?p dcterms:subject ?t")).isZero();
    assertThat(count("?p pg:venueClaim ?c")).isZero();
    assertThat(referenceGraphs(Iris.defaults())).hasSize(2 + topics.schemes().size());
  }

  @Test
  void theReferenceGraphsCanBeLeftToTheCaller() throws IOException {
    IngestPipeline pipeline = full().referenceGraphsOnIngest(false).build();
    ingestSeeds(pipeline);
    assertThat(referenceGraphs(Iris.defaults())).isEmpty();
    assertThat(count("?p dcterms:subject ?t")).as("extraction does not depend on the graphs").isPositive();
    assertThat(pipeline.referenceGraphs().ensureLoaded(store)).hasSize(2 + topics.schemes().size());
  }

  @Test
  void theBatchSizeMustBePositive() {
    assertThatThrownBy(() -> IngestPipeline.builder(store).batchSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("batch size must be at least 1: 0");
  }

  @Test
  void thePipelineKeepsItsMappingThreadsForItsIngestsAndCloseStopsThem() throws IOException, InterruptedException {
    Set<Thread> before = mappingThreads();
    IngestPipeline pipeline = IngestPipeline.builder(store).mappingThreads(2).build();
    ingestSeeds(pipeline);
    Set<Thread> first = mappingThreads();
    first.removeAll(before);
    assertThat(first).as("the mapping threads, still there after the ingest").isNotEmpty().hasSizeLessThanOrEqualTo(2);
    ingestSeeds(pipeline);
    Set<Thread> second = mappingThreads();
    second.removeAll(before);
    assertThat(second).as("the second ingest's mapping threads: the first's").isEqualTo(first);

    pipeline.close();
    // The pool counts as terminated once each worker has left its loop, a moment before its
    // thread ends: a thread still running after a generous wait was not stopped.
    for (Thread t : first) {
      t.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertThat(first).noneMatch(Thread::isAlive);
    assertThatThrownBy(() -> ingestSeeds(pipeline)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  private static Set<Thread> mappingThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("papergraph-ingest-mapper-")) {
        threads.add(t);
      }
    }
    return threads;
  }
}
