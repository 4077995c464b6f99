package org.papergraph.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.papergraph.core.feed.ChangeJournalTest.IRIS;
import static org.papergraph.core.feed.ChangeJournalTest.OTHER;
import static org.papergraph.core.feed.ChangeJournalTest.PAPER_GRAPH;
import static org.papergraph.core.feed.ChangeJournalTest.applied;
import static org.papergraph.core.feed.ChangeJournalTest.record;
import static org.papergraph.core.feed.ChangeJournalTest.turtle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.store.GraphChange;
import org.papergraph.core.store.GraphChange.Kind;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.WriteHook;
import org.papergraph.core.vocab.PG;

/**
 * A create's patch is deferred to its graph's content until the graph next changes; whatever
 * happens to the graph after, the patch read back is the content the create left, and the
 * events that follow turn it into each later content.
 */
class DeferredPatchTest {
  static final String THIRD = "http://example.org/graph/third";

  @TempDir Path dir;

  private static GraphStore journalled() {
    GraphStore store = GraphStores.memory();
    ChangeJournal.attach(store, IRIS);
    return store;
  }

  private static Graph empty() {
    return GraphFactory.createDefaultGraph();
  }

  /** The journal's statements about {@code subject} with {@code predicate}, as the store keeps them. */
  private static long stored(GraphStore store, String subject, org.apache.jena.rdf.model.Property predicate) {
    String q = "SELECT (COUNT(*) AS ?n) { GRAPH <" + ChangeJournal.GRAPH + "> { <" + subject + "> <" + predicate.getURI() + "> ?o } }";
    return store.queryIncludingReserved(QueryFactory.create(q), qe -> qe.execSelect().next().getLiteral("n").getLong());
  }

  private static String event(long seq) {
    return ChangeJournal.EVENT_PREFIX + seq;
  }

  @Test
  void aCreateStoresNoPatchAndReadsAsTheGraphsContent() {
    try (GraphStore store = journalled()) {
      Graph v1 = record("One", "h1");
      store.replaceGraph(PAPER_GRAPH, v1);

      assertThat(stored(store, event(1), PG.rdfPatch)).as("no patch literal").isZero();
      assertThat(stored(store, PAPER_GRAPH, PG.deferredPatch)).isEqualTo(1);
      ChangeEvent created = ChangeJournal.events(store, 1, 1).get(0);
      assertThat(created.kind()).isEqualTo(Kind.CREATE);
      assertThat(created.patchComplete()).isTrue();
      assertThat(created.contentHash()).isEqualTo("h1");
      assertThat(applied(empty(), created).isIsomorphicWith(v1)).as(created.patch()).isTrue();
      assertThat(created.patch().lines()).allMatch(l -> l.startsWith("A "));
    }
  }

  @Test
  void aReplaceStoresTheCreatesPatchAsTheOldContentAndItsOwnAsDeletesAndAdds() {
    try (GraphStore store = journalled()) {
      Graph v1 = record("One", "h1");
      Graph v2 = record("Two", "h2");
      store.replaceGraph(PAPER_GRAPH, v1);
      store.replaceGraph(PAPER_GRAPH, v2);

      assertThat(stored(store, PAPER_GRAPH, PG.deferredPatch)).as("settled by the replace").isZero();
      assertThat(stored(store, event(1), PG.rdfPatch)).isEqualTo(1);
      assertThat(stored(store, event(2), PG.rdfPatch)).isEqualTo(1);
      List<ChangeEvent> events = ChangeJournal.events(store, 1, 2);
      assertThat(applied(empty(), events.get(0)).isIsomorphicWith(v1)).as(events.get(0).patch()).isTrue();
      assertThat(events.get(1).kind()).isEqualTo(Kind.UPDATE);
      assertThat(events.get(1).patch()).contains("D ").contains("A ");
      assertThat(applied(v1, events.get(1)).isIsomorphicWith(v2)).as(events.get(1).patch()).isTrue();
    }
  }

  @Test
  void aPartialUpdateStoresTheCreatesPatchAsTheContentBeforeIt() {
    try (GraphStore store = journalled()) {
      Graph v1 = turtle("ex:a ex:p 1, 2, 3 . ex:b ex:q ex:a .");
      store.replaceGraph(OTHER, v1);
      store.update(UpdateFactory.create("PREFIX ex: <http://example.org/> DELETE { GRAPH <" + OTHER + "> { ex:a ex:p 2 . ex:b ex:q ex:a } }"
          + " INSERT { GRAPH <" + OTHER + "> { ex:a ex:p 4 . ex:c ex:q ex:a } } WHERE {}"));
      store.update(UpdateFactory.create("PREFIX ex: <http://example.org/> INSERT DATA { GRAPH <" + OTHER + "> { ex:a ex:p 5 } }"));

      List<ChangeEvent> events = ChangeJournal.events(store, 1, 3);
      assertThat(events).extracting(ChangeEvent::kind).containsExactly(Kind.CREATE, Kind.UPDATE, Kind.UPDATE);
      assertThat(applied(empty(), events.get(0)).isIsomorphicWith(v1)).as(events.get(0).patch()).isTrue();
      Graph v2 = turtle("ex:a ex:p 1, 3, 4 . ex:c ex:q ex:a .");
      assertThat(applied(v1, events.get(1)).isIsomorphicWith(v2)).as(events.get(1).patch()).isTrue();
      assertThat(events.get(1).patch().lines()).hasSize(4);
      assertThat(applied(v2, events.get(2)).isIsomorphicWith(turtle("ex:a ex:p 1, 3, 4, 5 . ex:c ex:q ex:a ."))).isTrue();
      assertThat(store.getGraph(OTHER).isIsomorphicWith(applied(applied(applied(empty(), events.get(0)), events.get(1)), events.get(2)))).isTrue();
    }
  }

  @Test
  void aDeleteStoresTheCreatesPatchFromWhatItDeleted() {
    try (GraphStore store = journalled()) {
      Graph v1 = record("One", "h1");
      store.replaceGraph(PAPER_GRAPH, v1);
      store.deleteGraphs(List.of(PAPER_GRAPH));

      List<ChangeEvent> events = ChangeJournal.events(store, 1, 2);
      assertThat(applied(empty(), events.get(0)).isIsomorphicWith(v1)).as(events.get(0).patch()).isTrue();
      assertThat(events.get(1).kind()).isEqualTo(Kind.DELETE);
      assertThat(applied(v1, events.get(1)).isEmpty()).isTrue();
      assertThat(stored(store, PAPER_GRAPH, PG.deferredPatch)).isZero();

      // Created again: a new create, deferred again, while the first keeps the first content.
      Graph v2 = record("Two", "h2");
      store.replaceGraph(PAPER_GRAPH, v2);
      events = ChangeJournal.events(store, 1, 3);
      assertThat(applied(empty(), events.get(0)).isIsomorphicWith(v1)).isTrue();
      assertThat(applied(empty(), events.get(2)).isIsomorphicWith(v2)).isTrue();
    }
  }

  @Test
  void twoCreatesInOneWriteEachDeferToTheirOwnGraph() {
    try (GraphStore store = journalled()) {
      Graph a = turtle("ex:a ex:p 1 .");
      Graph b = turtle("ex:b ex:p 2, 3 .");
      Map<String, Graph> write = new LinkedHashMap<>();
      write.put(OTHER, a);
      write.put(THIRD, b);
      store.replaceGraphs(write);
      store.replaceGraph(OTHER, turtle("ex:a ex:p 7 ."));

      List<ChangeEvent> events = ChangeJournal.events(store, 1, 3);
      assertThat(events).extracting(ChangeEvent::graph).containsExactly(OTHER, THIRD, OTHER);
      assertThat(applied(empty(), events.get(0)).isIsomorphicWith(a)).as("settled by the second write").isTrue();
      assertThat(applied(empty(), events.get(1)).isIsomorphicWith(b)).as("still deferred").isTrue();
      assertThat(applied(a, events.get(2)).isIsomorphicWith(turtle("ex:a ex:p 7 ."))).isTrue();
      assertThat(stored(store, OTHER, PG.deferredPatch)).isZero();
      assertThat(stored(store, THIRD, PG.deferredPatch)).isEqualTo(1);
    }
  }

  @Test
  void aBulkLoadsCreatesGetTheirPatchFromTheLoadedContent() {
    try (GraphStore store = journalled()) {
      Graph a = turtle("ex:a ex:p 1, 2 .");
      Graph b = record("One", "h1");
      store.bulkLoad(sink -> {
        a.find().forEachRemaining(t -> sink.quad(Quad.create(NodeFactory.createURI(OTHER), t)));
        b.find().forEachRemaining(t -> sink.quad(Quad.create(NodeFactory.createURI(PAPER_GRAPH), t)));
      });
      List<ChangeEvent> events = ChangeJournal.events(store, 1, 2);
      assertThat(events).extracting(ChangeEvent::kind).containsExactly(Kind.CREATE, Kind.CREATE);
      assertThat(events).allMatch(ChangeEvent::patchComplete);
      ChangeEvent paper = events.stream().filter(e -> e.graph().equals(PAPER_GRAPH)).findFirst().orElseThrow();
      assertThat(paper.contentHash()).isEqualTo("h1");
      assertThat(applied(empty(), paper).isIsomorphicWith(b)).as(paper.patch()).isTrue();

      store.replaceGraph(OTHER, turtle("ex:a ex:p 3 ."));
      ChangeEvent other = ChangeJournal.events(store, 1, 2).stream().filter(e -> e.graph().equals(OTHER)).findFirst().orElseThrow();
      assertThat(applied(empty(), other).isIsomorphicWith(a)).as(other.patch()).isTrue();
      assertThat(applied(a, ChangeJournal.events(store, 3, 3).get(0)).isIsomorphicWith(turtle("ex:a ex:p 3 ."))).isTrue();
    }
  }

  /**
   * Writes events as the journal did before deferred patches: every event with its patch
   * literal, no notes. Stands in for a store journalled by an older version.
   */
  private static final class OlderJournal implements WriteHook {
    private long last;

    @Override
    public void beforeCommit(org.papergraph.core.store.WriteChanges changes, org.apache.jena.sparql.core.DatasetGraph ds) {
      Node g = NodeFactory.createURI(ChangeJournal.GRAPH);
      for (GraphChange c : changes.graphs()) {
        Node ev = ChangeJournal.eventNode(++last);
        ds.add(g, ev, RDF.type.asNode(), NodeFactory.createURI(ChangeJournal.AS + ChangeJournal.activity(c.kind())));
        ds.add(g, ev, PG.sequence.asNode(), NodeFactory.createLiteralDT(Long.toString(last), XSDDatatype.XSDlong));
        ds.add(g, ev, NodeFactory.createURI(ChangeJournal.AS + "published"), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        ds.add(g, ev, NodeFactory.createURI(ChangeJournal.AS + "object"), NodeFactory.createURI(c.graph()));
        ds.add(g, ev, PG.rdfPatch.asNode(), ChangeJournal.compressed(ChangeJournal.patch(c.deleted(), c.added())));
      }
      ds.deleteAny(g, g, PG.lastSequence.asNode(), Node.ANY);
      ds.add(g, g, PG.lastSequence.asNode(), NodeFactory.createLiteralDT(Long.toString(last), XSDDatatype.XSDlong));
    }
  }

  @Test
  void aJournalWrittenBeforeDeferredPatchesReadsAsItDidAndGoesOn() {
    Path tdb = dir.resolve("older");
    Graph v1 = turtle("ex:a ex:p 1, 2 .");
    Graph v2 = turtle("ex:a ex:p 2, 3 .");
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      store.addWriteHook(new OlderJournal());
      store.replaceGraph(OTHER, v1);
    }
    try (GraphStore store = GraphStores.tdb2(tdb)) {
      ChangeJournal.attach(store, IRIS);
      assertThat(stored(store, OTHER, PG.deferredPatch)).isZero();
      store.replaceGraph(OTHER, v2);
      store.replaceGraph(THIRD, turtle("ex:b ex:p 1 ."));

      List<ChangeEvent> events = ChangeJournal.events(store, 1, 3);
      assertThat(events).extracting(ChangeEvent::kind).containsExactly(Kind.CREATE, Kind.UPDATE, Kind.CREATE);
      assertThat(events).allMatch(ChangeEvent::patchComplete);
      assertThat(applied(empty(), events.get(0)).isIsomorphicWith(v1)).as("the older create's own patch").isTrue();
      assertThat(applied(v1, events.get(1)).isIsomorphicWith(v2)).isTrue();
      assertThat(applied(empty(), events.get(2)).isIsomorphicWith(turtle("ex:b ex:p 1 ."))).isTrue();
      assertThat(stored(store, event(1), PG.rdfPatch)).as("the older create's patch, not one more").isEqualTo(1);
    }
  }

  /**
   * A store whose reads of the journal let one write commit after the read's transaction has
   * begun and before its results are taken: what a reader that took the events and the graph's
   * content in two transactions would see as a later content under an earlier event.
   */
  private static GraphStore writingDuringTheFirstRead(GraphStore store, Runnable write) {
    boolean[] done = {false};
    return (GraphStore) Proxy.newProxyInstance(GraphStore.class.getClassLoader(), new Class<?>[] {GraphStore.class}, (proxy, method, args) -> {
      try {
        if (method.getName().equals("queryIncludingReserved") && !done[0]) {
          done[0] = true;
          @SuppressWarnings("unchecked")
          Function<QueryExecution, Object> handler = (Function<QueryExecution, Object>) args[1];
          return store.queryIncludingReserved((Query) args[0], qe -> {
            // Another thread, as a concurrent request would be; joined, so it has committed.
            CompletableFuture.runAsync(write).join();
            return handler.apply(qe);
          });
        }
        return method.invoke(store, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  @Test
  void aReadRacingAWriteNeverGivesAnEarlierEventALaterContent() {
    for (boolean onDisk : new boolean[] {false, true}) {
      try (GraphStore store = onDisk ? GraphStores.tdb2(dir.resolve("race")) : journalled()) {
        if (onDisk) {
          ChangeJournal.attach(store, IRIS);
        }
        Graph v1 = record("One", "h1");
        Graph v2 = record("Two", "h2");
        store.replaceGraph(PAPER_GRAPH, v1);

        List<ChangeEvent> read = ChangeJournal.events(writingDuringTheFirstRead(store, () -> store.replaceGraph(PAPER_GRAPH, v2)), 1, 2);
        assertThat(store.getGraph(PAPER_GRAPH).isIsomorphicWith(v2)).as("the write committed during the read").isTrue();
        assertThat(read).as("the read saw the journal as it was when it began").hasSize(1);
        assertThat(applied(empty(), read.get(0)).isIsomorphicWith(v1)).as(read.get(0).patch()).isTrue();

        List<ChangeEvent> after = ChangeJournal.events(store, 1, 2);
        assertThat(applied(empty(), after.get(0)).isIsomorphicWith(v1)).isTrue();
        assertThat(applied(v1, after.get(1)).isIsomorphicWith(v2)).isTrue();
      }
    }
  }
}
