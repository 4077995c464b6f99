package org.papergraph.core.describe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.Iris;
import org.papergraph.core.store.DistinctNodes;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import org.papergraph.core.vocab.PG;
import org.slf4j.LoggerFactory;

/**
 * The maintained statistics equal a full recount after every write, whatever the write: random
 * sequences of graph replacements, graph deletions, SPARQL updates of every form and imports,
 * over a small set of nodes so that nodes keep being shared, dropped and used again.
 */
class VoidStatisticsTest {
  private static final Iris IRIS = Iris.defaults();
  private static final String ID = IRIS.base() + "id/";
  private static final List<Node> SUBJECTS = List.of(
      uri(ID + "paper/1"), uri(ID + "paper/2"), uri(ID + "paper/3"), uri(ID + "topic/a"), uri(ID + "venue/v"),
      uri("https://example.org/outside"), NodeFactory.createBlankNode("b1"));
  private static final List<Node> PREDICATES = List.of(
      RDF.type.asNode(), SchemaDO.sameAs.asNode(), OWL.sameAs.asNode(), DCTerms.title.asNode(), PG.hasRepository.asNode());
  private static final List<Node> OBJECTS = List.of(
      SchemaDO.ScholarlyArticle.asNode(), SchemaDO.SoftwareSourceCode.asNode(), uri("https://arxiv.org/abs/1"),
      uri("https://github.com/a/b"), uri("http://cso.kmi.open.ac.uk/topics/x"), uri("https://dblp.org/streams/conf/v"),
      uri(ID + "paper/1"), uri(ID + "topic/a"), NodeFactory.createLiteralString("a title"), NodeFactory.createLiteralLang("x", "en"));
  private static final List<String> GRAPHS = List.of(
      IRIS.paperGraph("1"), IRIS.paperGraph("2"), IRIS.paperGraph("3"), IRIS.base() + "graph/reference/r",
      "urn:papergraph:feed");

  @Test
  void exactAfterRandomWritesInMemory() {
    try (GraphStore store = GraphStores.memory()) {
      randomWrites(store, new Random(18), 120);
    }
  }

  @Test
  void exactAfterRandomWritesOnTdb2(@TempDir Path dir) {
    StoreConfig config = StoreConfig.tdb2(dir.resolve("tdb2"));
    try (GraphStore store = GraphStores.open(config)) {
      randomWrites(store, new Random(1818), 60);
    }
    // Reopened: the statistics kept on disk are taken as they are, and stay exact.
    try (GraphStore store = GraphStores.open(config)) {
      assertThat(VoidStatistics.isMaintained(store, IRIS)).isTrue();
      randomWrites(store, new Random(7), 20);
    }
  }

  @Test
  void aStoreFilledBeforeTheStatisticsIsCountedOnceThenFollowed() {
    try (GraphStore store = GraphStores.memory()) {
      store.replaceGraph(IRIS.paperGraph("1"), graph(Triple.create(SUBJECTS.get(0), RDF.type.asNode(), OBJECTS.get(0))));
      new DatasetDescription(store, IRIS).refresh();
      assertThat(VoidStatistics.isMaintained(store, IRIS)).isFalse();

      assertThat(VoidStatistics.maintain(store, IRIS)).isTrue();
      assertThat(VoidStatistics.isMaintained(store, IRIS)).isTrue();
      assertExact(store, "after the first count");
      store.replaceGraph(IRIS.paperGraph("2"), graph(Triple.create(SUBJECTS.get(1), RDF.type.asNode(), OBJECTS.get(0))));
      assertExact(store, "after a write");
      assertThat(stored(store).classes).containsEntry(SchemaDO.ScholarlyArticle.asNode(), 2L);
    }
  }

  /**
   * A generalised triple (a blank node as predicate, which Jena holds when code writes it) counts
   * as a triple and gets no property partition or link set, in the maintained count and the full
   * count alike. Replacing its graph hands the hook the triple as deleted: the path on which a
   * blank predicate (a quad a store in memory once read with its terms shifted) failed an ingest
   * with "is not a URI node" from the partitions' map.
   */
  @Test
  void aTripleWhosePredicateIsNotAnIriCountsAsATripleOnly() {
    try (GraphStore store = GraphStores.memory()) {
      VoidStatistics.maintain(store, IRIS);
      Node blank = NodeFactory.createBlankNode();
      Node paper = SUBJECTS.get(0);
      store.replaceGraph(IRIS.paperGraph("1"), graph(
          Triple.create(paper, DCTerms.title.asNode(), OBJECTS.get(8)),
          Triple.create(paper, blank, uri("https://arxiv.org/abs/1")),
          Triple.create(paper, RDF.type.asNode(), NodeFactory.createBlankNode("class"))));
      assertExact(store, "after a graph with a blank predicate was written");
      assertThat(stored(store).triples).isEqualTo(3);
      assertThat(stored(store).properties).containsOnlyKeys(DCTerms.title.asNode(), RDF.type.asNode());
      assertThat(stored(store).links).isEmpty();
      assertThat(stored(store).classes).isEmpty();

      store.replaceGraph(IRIS.paperGraph("1"), graph(Triple.create(paper, DCTerms.title.asNode(), OBJECTS.get(8))));
      assertExact(store, "after the triple with the blank predicate was deleted");
      assertThat(stored(store).triples).isEqualTo(1);

      store.replaceGraph(IRIS.paperGraph("2"), graph(Triple.create(paper, blank, OBJECTS.get(8))));
      store.deleteGraphs(List.of(IRIS.paperGraph("2")));
      assertExact(store, "after a graph with a blank predicate was dropped");
    }
  }

  @Test
  void aWriteToTheDescriptionItselfIsCountedOver() {
    try (GraphStore store = GraphStores.memory()) {
      VoidStatistics.maintain(store, IRIS);
      store.replaceGraph(IRIS.paperGraph("1"), graph(Triple.create(SUBJECTS.get(0), RDF.type.asNode(), OBJECTS.get(0))));
      store.update(UpdateFactory.create("DELETE WHERE { GRAPH <" + IRIS.voidGraph() + "> { ?s <http://rdfs.org/ns/void#triples> ?n } }"));
      assertExact(store, "after the description was edited");
      assertThat(stored(store).triples).isEqualTo(1);
    }
  }

  @Test
  void exactAfterBulkLoadsOntoAStoreOfRandomWrites(@TempDir Path dir) {
    try (GraphStore store = GraphStores.tdb2(dir.resolve("tdb2"))) {
      // A full recount in every write's own transaction, for the test to compare with.
      List<String> disagreements = new ArrayList<>();
      store.addWriteHook((changes, dataset) -> {
        DistinctNodes.Counts fromIndexes = DistinctNodes.count(dataset, VoidStatisticsTest::counted, n -> n.isURI() && n.getURI().startsWith(ID));
        VoidCounts full = new DatasetDescription(dataset, IRIS).count();
        if (fromIndexes == null || fromIndexes.quads() != full.triples || fromIndexes.subjects() != full.subjects
            || fromIndexes.entities() != full.entities || fromIndexes.objects() != full.objects || !fromIndexes.classes().equals(full.classes)) {
          disagreements.add(fromIndexes + " against " + full);
        }
      });
      randomWrites(store, new Random(31), 30);
      // The log says how each write counted: the loads must not have fallen back to a recount.
      Logger log = (Logger) LoggerFactory.getLogger(VoidStatistics.class);
      ListAppender<ILoggingEvent> logged = new ListAppender<>();
      logged.start();
      log.addAppender(logged);
      Level level = log.getLevel();
      log.setLevel(Level.INFO);
      Random random = new Random(32);
      for (int load = 0; load < 4; load++) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          Node g = uri(IRIS.paperGraph("bulk-" + load + "-" + i));
          // Nodes shared with the store and with the load's other graphs; no triple twice in a graph.
          Graph content = randomGraph(random, 1 + random.nextInt(6));
          content.find().forEach(t -> quads.add(Quad.create(g, t)));
        }
        store.bulkLoad(sink -> quads.forEach(sink::quad));
        assertExact(store, "after bulk load " + load);
        store.replaceGraph(pick(random, GRAPHS.subList(0, 3)), randomGraph(random, 3));
        assertExact(store, "after a write following bulk load " + load);
      }
      log.detachAppender(logged);
      log.setLevel(level);
      assertThat(disagreements).as("node counts from the indexes against the SPARQL count").isEmpty();
      assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
          .filteredOn(m -> m.startsWith("VoID statistics")).hasSize(4)
          .allMatch(m -> m.startsWith("VoID statistics of the bulk load counted"));
    }
  }

  @Test
  void exactAfterABulkLoadOfQuadsTheStoreHeldAlready(@TempDir Path dir) {
    try (GraphStore store = GraphStores.tdb2(dir.resolve("tdb2"))) {
      VoidStatistics.maintain(store, IRIS);
      Triple t = Triple.create(SUBJECTS.get(0), RDF.type.asNode(), OBJECTS.get(0));
      store.replaceGraph(IRIS.paperGraph("1"), graph(t));
      Node g = uri(IRIS.paperGraph("2"));
      // Given to the loader twice, and once into a graph that holds it: stored once each.
      store.bulkLoad(sink -> {
        sink.quad(Quad.create(g, t));
        sink.quad(Quad.create(g, t));
        sink.quad(Quad.create(uri(IRIS.paperGraph("1")), t));
      });
      assertExact(store, "after the load");
      assertThat(stored(store).triples).isEqualTo(2);
    }
  }

  private static boolean counted(Node graph) {
    return graph.isURI() && !graph.getURI().equals(IRIS.voidGraph()) && !graph.getURI().startsWith(DatasetDescription.RESERVED_GRAPHS);
  }

  private static void randomWrites(GraphStore store, Random random, int writes) {
    assertThat(VoidStatistics.maintain(store, IRIS)).isTrue();
    for (int i = 0; i < writes; i++) {
      String what = write(store, random);
      assertExact(store, "write " + i + ": " + what);
    }
  }

  /** One random write; returns what it was, for the failure message. */
  private static String write(GraphStore store, Random random) {
    switch (random.nextInt(7)) {
      case 0 -> {
        Map<String, Graph> graphs = new HashMap<>();
        int n = 1 + random.nextInt(2);
        for (int j = 0; j < n; j++) {
          graphs.put(pick(random, GRAPHS), randomGraph(random, random.nextInt(8)));
        }
        store.replaceGraphs(graphs);
        return "replace " + graphs;
      }
      case 1 -> {
        List<String> names = List.of(pick(random, GRAPHS), pick(random, GRAPHS));
        store.deleteGraphs(names);
        return "delete " + names;
      }
      case 2 -> {
        String u = "INSERT DATA { " + quads(random, 1 + random.nextInt(5)) + " }";
        store.update(UpdateFactory.create(u));
        return u;
      }
      case 3 -> {
        String u = "DELETE DATA { " + quads(random, 1 + random.nextInt(5)) + " }";
        store.update(UpdateFactory.create(u));
        return u;
      }
      case 4 -> {
        String u = "DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH <" + pick(random, GRAPHS) + "> { ?s ?p ?o } }"
            + " WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?p = " + "<" + pick(random, PREDICATES).getURI() + ">" + ") }";
        store.update(UpdateFactory.create(u));
        return u;
      }
      case 5 -> {
        String u = random.nextInt(4) == 0 ? "CLEAR ALL" : "DROP SILENT GRAPH <" + pick(random, GRAPHS) + ">";
        store.update(UpdateFactory.create(u));
        return u;
      }
      default -> {
        List<Quad> quads = new ArrayList<>();
        for (int j = 0; j < 1 + random.nextInt(6); j++) {
          Triple t = randomTriple(random);
          quads.add(Quad.create(uri(pick(random, GRAPHS)), t));
        }
        store.importQuads(sink -> quads.forEach(sink::quad));
        return "import " + quads;
      }
    }
  }

  private static String quads(Random random, int n) {
    StringBuilder b = new StringBuilder();
    for (int j = 0; j < n; j++) {
      Triple t = randomTriple(random);
      if (t.getSubject().isBlank()) {
        // SPARQL data blocks make every blank node new; the named one is written by the other writes.
        t = Triple.create(SUBJECTS.get(0), t.getPredicate(), t.getObject());
      }
      b.append("GRAPH <").append(pick(random, GRAPHS)).append("> { ")
          .append(FmtUtils.stringForTriple(t, (org.apache.jena.shared.PrefixMapping) null)).append(" } ");
    }
    return b.toString();
  }

  private static Graph randomGraph(Random random, int n) {
    Graph g = GraphFactory.createDefaultGraph();
    for (int j = 0; j < n; j++) {
      g.add(randomTriple(random));
    }
    return g;
  }

  // Nodes never used before, so that writes bring new nodes into the store as an ingest does.
  private static int fresh;

  private static Triple randomTriple(Random random) {
    Node s = random.nextInt(6) == 0 ? uri(ID + "paper/fresh-" + fresh++) : pick(random, SUBJECTS);
    Node o = switch (random.nextInt(8)) {
      case 0 -> NodeFactory.createLiteralString("fresh text " + fresh++);
      case 1 -> uri(ID + "topic/fresh-" + fresh++);
      default -> pick(random, OBJECTS);
    };
    Node p = pick(random, PREDICATES);
    if (p.equals(RDF.type.asNode()) && o.isLiteral()) {
      o = pick(random, OBJECTS);
    }
    return Triple.create(s, p, o);
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static void assertExact(GraphStore store, String when) {
    assertThat(stored(store)).as(when).isEqualTo(new DatasetDescription(store, IRIS).count());
  }

  private static VoidCounts stored(GraphStore store) {
    VoidCounts counts = VoidCounts.parse(store.getGraph(IRIS.voidGraph()), IRIS, VoidStatistics.VERSION);
    assertThat(counts).as("maintained statistics in the store").isNotNull();
    return counts;
  }

  private static Graph graph(Triple... triples) {
    Graph g = GraphFactory.createDefaultGraph();
    for (Triple t : triples) {
      g.add(t);
    }
    return g;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
