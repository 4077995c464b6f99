package org.papergraph.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.DatasetDescription;
import org.papergraph.core.store.GraphChange.Kind;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.ReservedGraphException;
import org.papergraph.core.store.StoreArchive;
import org.papergraph.core.vocab.PG;

/**
 * The journal holds one event per changed graph, numbered in commit order, whose patch turns the
 * graph's previous content into its new one, and commits or aborts with the write it describes.
 */
class ChangeJournalTest {
  static final Iris IRIS = Iris.defaults();
  static final String PAPER_GRAPH = IRIS.paperGraph("2101.00001");
  static final String OTHER = "http://example.org/graph/other";

  @TempDir Path dir;

  static Graph turtle(String ttl) {
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString("PREFIX ex: <http://example.org/> PREFIX pg: <https://w3id.org/papergraph/ns#> "
        + "PREFIX prov: <http://www.w3.org/ns/prov#> " + ttl, Lang.TURTLE).parse(g);
    return g;
  }

  static Graph record(String title, String hash) {
    return turtle("<" + PAPER_GRAPH + "> pg:contentHash \"" + hash + "\" ; prov:wasGeneratedBy <http://localhost:8080/run/r1> ;"
        + " prov:wasDerivedFrom [ pg:sourceLine 3 ] . <" + IRIS.paper("2101.00001") + "> ex:title \"" + title + "\" .");
  }

  static Graph applied(Graph before, ChangeEvent e) {
    Graph g = GraphFactory.createDefaultGraph();
    before.find().forEach(g::add);
    RDFPatchOps.applyChange(g, RDFPatchOps.read(new ByteArrayInputStream(e.patch().getBytes(StandardCharsets.UTF_8))));
    return g;
  }

  @Test
  void everyWriteOfEveryKindIsOneNumberedEventWhosePatchTurnsTheOldGraphIntoTheNew() {
    try (GraphStore store = GraphStores.memory()) {
      assertThat(ChangeJournal.attach(store, IRIS)).isTrue();
      Graph v1 = record("One", "h1");
      Graph v2 = record("Two", "h2");
      store.replaceGraph(PAPER_GRAPH, v1);
      store.replaceGraphs(Map.of(PAPER_GRAPH, v2, OTHER, turtle("ex:a ex:p 1 .")));
      store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + OTHER + "> { <http://example.org/a> <http://example.org/p> 2 } }"));
      store.deleteGraphs(List.of(PAPER_GRAPH));

      assertThat(ChangeJournal.lastSequence(store)).isEqualTo(5);
      List<ChangeEvent> events = ChangeJournal.events(store, 1, 10);
      assertThat(events).extracting(ChangeEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
      ChangeEvent created = events.get(0);
      assertThat(created.kind()).isEqualTo(Kind.CREATE);
      assertThat(created.graph()).isEqualTo(PAPER_GRAPH);
      assertThat(created.paper()).isEqualTo(IRIS.paper("2101.00001"));
      assertThat(created.contentHash()).isEqualTo("h1");
      assertThat(created.ingestRun()).isEqualTo("http://localhost:8080/run/r1");
      assertThat(applied(GraphFactory.createDefaultGraph(), created).isIsomorphicWith(v1)).isTrue();

      ChangeEvent replaced = events.stream().filter(e -> e.sequence() <= 3 && e.graph().equals(PAPER_GRAPH) && e.sequence() > 1).findFirst().orElseThrow();
      assertThat(replaced.kind()).isEqualTo(Kind.UPDATE);
      assertThat(replaced.contentHash()).isEqualTo("h2");
      assertThat(applied(v1, replaced).isIsomorphicWith(v2)).as(replaced.patch()).isTrue();

      ChangeEvent other = events.stream().filter(e -> e.graph().equals(OTHER) && e.kind() == Kind.CREATE).findFirst().orElseThrow();
      assertThat(other.paper()).isNull();
      assertThat(other.contentHash()).isNull();
      assertThat(events.get(3).kind()).isEqualTo(Kind.UPDATE);
      assertThat(events.get(3).graph()).isEqualTo(OTHER);
      assertThat(applied(turtle("ex:a ex:p 1 ."), events.get(3)).isIsomorphicWith(turtle("ex:a ex:p 1, 2 ."))).isTrue();

      ChangeEvent deleted = events.get(4);
      assertThat(deleted.kind()).isEqualTo(Kind.DELETE);
      assertThat(deleted.paper()).isEqualTo(IRIS.paper("2101.00001"));
      assertThat(deleted.contentHash()).isNull();
      assertThat(applied(v2, deleted).isEmpty()).isTrue();
      assertThat(ChangeJournal.events(store, 4, 100)).extracting(ChangeEvent::sequence).containsExactly(4L, 5L);
    }
  }

  @Test
  void aPageReadsTheEventsWithoutTheirPatchesStoredOrDeferred() {
    try (GraphStore store = GraphStores.memory()) {
      ChangeJournal.attach(store, IRIS);
      store.replaceGraph(PAPER_GRAPH, record("One", "h1"));
      store.replaceGraph(OTHER, turtle("ex:a ex:p 1 ."));
      store.replaceGraph(OTHER, turtle("ex:a ex:p 2 ."));

      List<ChangeEvent> full = ChangeJournal.events(store, 1, 10);
      List<ChangeEvent> page = ChangeJournal.eventsWithoutPatches(store, 1, 10);
      // Event 1 still defers its patch to its graph, event 2's was stored when event 3 replaced
      // the graph, event 3 stores its own: a page reads none of them, and all else the same.
      assertThat(full).extracting(ChangeEvent::patch).allSatisfy(patch -> assertThat(patch).isNotEmpty());
      assertThat(page).extracting(ChangeEvent::patch).containsOnly("");
      assertThat(page).hasSize(3);
      for (int i = 0; i < 3; i++) {
        ChangeEvent a = full.get(i);
        ChangeEvent b = page.get(i);
        assertThat(b).isEqualTo(new ChangeEvent(a.sequence(), a.time(), a.kind(), a.graph(), a.paper(), a.contentHash(), a.ingestRun(), "", a.patchComplete()));
      }
    }
  }

  @Test
  void aWriteThatAbortsLeavesNoEventAndAnEventNeverOutlivesItsWrite() {
    try (GraphStore store = GraphStores.memory()) {
      ChangeJournal.attach(store, IRIS);
      store.replaceGraph(OTHER, turtle("ex:a ex:p 1 ."));
      store.addWriteHook((changes, dataset) -> {
        throw new IllegalStateException("refused");
      });
      assertThatThrownBy(() -> store.replaceGraph(OTHER, turtle("ex:a ex:p 2 ."))).hasMessageContaining("refused");
      assertThat(ChangeJournal.lastSequence(store)).isEqualTo(1);
      assertThat(ChangeJournal.events(store, 1, 5)).hasSize(1);
      assertThat(store.getGraph(OTHER).isIsomorphicWith(turtle("ex:a ex:p 1 ."))).isTrue();
    }
  }

  @Test
  void theSequenceGoesOnAfterTheStoreIsReopened() {
    Path tdb = dir.resolve("tdb2");
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      ChangeJournal.attach(store, IRIS);
      store.replaceGraph(OTHER, turtle("ex:a ex:p 1 ."));
      store.replaceGraph(OTHER, turtle("ex:a ex:p 1 ."));
    }
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      ChangeJournal.attach(store, IRIS);
      store.deleteGraphs(List.of(OTHER));
      assertThat(ChangeJournal.events(store, 1, 10)).extracting(ChangeEvent::kind).containsExactly(Kind.CREATE, Kind.DELETE);
      assertThat(store.listGraphs()).isEmpty();
      assertThat(store.containsGraph(ChangeJournal.GRAPH)).isTrue();
    }
  }

  @Test
  void clientsCannotWriteTheJournalAndDroppingItWholeLeavesItInPlace() {
    try (GraphStore store = GraphStores.memory()) {
      ChangeJournal.attach(store, IRIS);
      store.replaceGraph(OTHER, turtle("ex:a ex:p 1 ."));
      String feed = "<" + ChangeJournal.GRAPH + ">";
      for (String update : List.of(
          "INSERT DATA { GRAPH " + feed + " { <http://example.org/a> <http://example.org/p> 1 } }",
          "DELETE DATA { GRAPH " + feed + " { " + feed + " <" + PG.lastSequence.getURI() + "> \"1\"^^<http://www.w3.org/2001/XMLSchema#long> } }")) {
        assertThatThrownBy(() -> store.update(UpdateFactory.create(update)))
            .as(update).isInstanceOf(ReservedGraphException.class).hasMessageContaining("journal");
      }
      // The WHERE clause of an update sees what queries see: no journal, so nothing to delete.
      store.update(UpdateFactory.create("DELETE WHERE { GRAPH " + feed + " { " + feed + " ?p ?o } }"));
      assertThatThrownBy(() -> store.replaceGraph(ChangeJournal.GRAPH, turtle("ex:a ex:p 1 ."))).isInstanceOf(ReservedGraphException.class);
      assertThat(ChangeJournal.lastSequence(store)).isEqualTo(1);

      store.update(UpdateFactory.create("DROP GRAPH " + feed));
      assertThat(ChangeJournal.lastSequence(store)).as("the journal is left in place").isEqualTo(1);
      store.update(UpdateFactory.create("DROP ALL"));
      assertThat(store.listGraphs()).isEmpty();
      assertThat(store.containsGraph(ChangeJournal.GRAPH)).isTrue();
      assertThat(ChangeJournal.events(store, 1, 5)).extracting(ChangeEvent::kind).containsExactly(Kind.CREATE, Kind.DELETE);
    }
  }

  @Test
  void exportsAndTheVoidCountsLeaveTheJournalOut() {
    try (GraphStore store = GraphStores.memory()) {
      ChangeJournal.attach(store, IRIS);
      store.replaceGraph(OTHER, turtle("ex:a ex:p 1, 2 ."));
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      StoreArchive.export(store, out, StoreArchive.Format.NQUADS);
      try (GraphStore copy = GraphStores.memory()) {
        StoreArchive.restore(copy, new ByteArrayInputStream(out.toByteArray()), StoreArchive.Format.NQUADS);
        assertThat(copy.listGraphs()).containsExactly(OTHER);
      }
      Graph description = new DatasetDescription(store, IRIS).describe();
      assertThat(description.find(null, VOID.triples.asNode(), null).next().getObject().getLiteralValue()).isEqualTo(2);
    }
  }

  @Test
  void queriesGraphListsAndSizeSeeNoReservedGraphWhileTheFeedReadsTheJournal() {
    for (boolean onDisk : new boolean[] {false, true}) {
      try (GraphStore store = onDisk ? GraphStores.tdb2(dir.resolve("reserved")) : GraphStores.memory()) {
        ChangeJournal.attach(store, IRIS);
        store.replaceGraph(OTHER, turtle("ex:a ex:p 1, 2 ."));
        store.replaceGraph(Iris.SYNC_GRAPH, turtle("<" + Iris.SYNC_GRAPH + "> ex:last 7 ."));
        assertThat(store.containsGraph(ChangeJournal.GRAPH)).isTrue();

        assertThat(count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).as("union default graph").isEqualTo(2);
        assertThat(count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).as("GRAPH ?g").isEqualTo(1);
        assertThat(count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <" + ChangeJournal.GRAPH + "> { ?s ?p ?o } }")).as("GRAPH <journal>").isZero();
        assertThat(count(store, "SELECT (COUNT(*) AS ?n) FROM <" + ChangeJournal.GRAPH + "> FROM <" + OTHER + "> { ?s ?p ?o }"))
            .as("FROM <journal>").isEqualTo(2);
        assertThat(count(store, "SELECT (COUNT(*) AS ?n) FROM NAMED <" + Iris.SYNC_GRAPH + "> { GRAPH ?g { ?s ?p ?o } }"))
            .as("FROM NAMED <sync>").isZero();
        assertThat(store.listGraphs()).containsExactly(OTHER);
        assertThat(store.size()).isEqualTo(2);

        assertThat(ChangeJournal.lastSequence(store)).as("the feed still reads its journal").isEqualTo(2);
        assertThat(ChangeJournal.events(store, 1, 5)).extracting(ChangeEvent::graph).containsExactly(OTHER, Iris.SYNC_GRAPH);
      }
    }
  }

  @Test
  void theJournalStaysHiddenAfterTheStoreIsReopenedAndNoClientWritesAReservedName() {
    Path tdb = dir.resolve("reopened");
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      ChangeJournal.attach(store, IRIS);
      store.replaceGraph(OTHER, turtle("ex:a ex:p 1, 2 ."));
    }
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      ChangeJournal.attach(store, IRIS);
      assertThat(count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).as("union default graph").isEqualTo(2);
      assertThat(count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")).as("GRAPH ?g").isEqualTo(1);
      assertThat(count(store, "SELECT (COUNT(*) AS ?n) FROM <urn:x-arq:DefaultGraph> { ?s ?p ?o }")).as("FROM the stored default graph").isZero();
      assertThat(ChangeJournal.lastSequence(store)).isEqualTo(1);
      for (String update : List.of(
          "INSERT DATA { GRAPH <" + Iris.RESERVED_PREFIX + "elsewhere> { <http://example.org/x> <http://example.org/p> 3 } }",
          "INSERT DATA { GRAPH <urn:x-arq:DefaultGraph> { <http://example.org/x> <http://example.org/p> 3 } }",
          "INSERT DATA { GRAPH <" + Iris.SYNC_GRAPH + "> { <http://example.org/x> <http://example.org/p> 3 } }")) {
        assertThatThrownBy(() -> store.update(UpdateFactory.create(update))).as(update).isInstanceOf(ReservedGraphException.class);
      }
      assertThat(store.listGraphs()).containsExactly(OTHER);
      assertThat(ChangeJournal.lastSequence(store)).as("nothing of the refused writes was kept").isEqualTo(1);

      // An update's WHERE clause sees the data only: deleting every graph it finds leaves the journal.
      store.update(UpdateFactory.create("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"));
      assertThat(store.listGraphs()).isEmpty();
      assertThat(ChangeJournal.events(store, 1, 5)).extracting(ChangeEvent::kind).containsExactly(Kind.CREATE, Kind.DELETE);
    }
  }

  private static long count(GraphStore store, String query) {
    return store.query(org.apache.jena.query.QueryFactory.create(query), qe -> qe.execSelect().next().getLiteral("n").getLong());
  }

  @Test
  void patchesAreStoredCompressedAndReadBackAsTheirTextAsArePlainTextPatchesOfOlderJournals() {
    try (GraphStore store = GraphStores.memory()) {
      ChangeJournal.attach(store, IRIS);
      store.replaceGraph(PAPER_GRAPH, record("A title that the patch repeats", "h1"));
      // The create's patch is stored when the graph next changes (see DeferredPatchTest).
      store.replaceGraph(PAPER_GRAPH, record("Another title", "h2"));
      ChangeEvent e = ChangeJournal.events(store, 1, 1).get(0);
      assertThat(applied(GraphFactory.createDefaultGraph(), e).isIsomorphicWith(record("A title that the patch repeats", "h1"))).isTrue();
      org.apache.jena.graph.Node stored = store.queryIncludingReserved(org.apache.jena.query.QueryFactory.create(
          "SELECT ?p { GRAPH <" + ChangeJournal.GRAPH + "> { <" + ChangeJournal.EVENT_PREFIX + "1> <https://w3id.org/papergraph/ns#rdfPatch> ?p } }"),
          qe -> qe.execSelect().next().get("p").asNode());
      assertThat(stored.getLiteralDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#base64Binary");
      assertThat(stored.getLiteralLexicalForm().length()).isLessThan(e.patch().length());
    }
    String text = "A <http://example.org/a> <http://example.org/p> \"1\" .\n";
    assertThat(ChangeJournal.patchText(org.apache.jena.graph.NodeFactory.createLiteralString(text))).isEqualTo(text);
    assertThat(ChangeJournal.patchText(ChangeJournal.compressed(text))).isEqualTo(text);
  }
}
