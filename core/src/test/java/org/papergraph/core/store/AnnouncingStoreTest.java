package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every committed write is announced once, with the graphs it touched; a failed one is not. */
class AnnouncingStoreTest {
  static final String G1 = "http://example.org/graph/1";
  static final String G2 = "http://example.org/graph/2";

  final AnnouncingStore store = AnnouncingStore.of(GraphStores.memory());
  final List<StoreChange> heard = new ArrayList<>();

  {
    store.onChange(heard::add);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private StoreChange last() {
    return heard.get(heard.size() - 1);
  }

  private void update(String sparql) {
    store.update(UpdateFactory.create(TestGraphs.PREFIXES + sparql));
  }

  @Test
  void eachWriteIsAnnouncedWithTheNextVersionAndTheGraphsItReplaced() {
    assertThat(store.version()).isZero();
    store.replaceGraphs(Map.of(G1, turtle("ex:a ex:p 1 ."), G2, turtle("ex:b ex:p 2 .")));
    assertThat(heard).containsExactly(StoreChange.of(1, List.of(G1, G2)));
    store.replaceGraph(G1, turtle("ex:a ex:p 3 ."));
    assertThat(last()).isEqualTo(StoreChange.of(2, List.of(G1)));
    assertThat(store.version()).isEqualTo(2);
  }

  @Test
  void deletingGraphsAnnouncesThoseThatExistedAndNothingWhenNoneDid() {
    store.replaceGraph(G1, turtle("ex:a ex:p 1 ."));
    store.deleteGraphs(List.of(G2));
    assertThat(heard).hasSize(1);
    store.deleteGraphs(List.of(G1, G2));
    assertThat(last()).isEqualTo(StoreChange.of(2, List.of(G1)));
  }

  @Test
  void updatesNameTheGraphsTheirTextNames() {
    update("INSERT DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 } GRAPH <" + G2 + "> { ex:b ex:p 1 } }");
    assertThat(last().graphs()).containsExactlyInAnyOrder(G1, G2);
    update("WITH <" + G1 + "> DELETE { ?s ex:p ?o } INSERT { ?s ex:q ?o } WHERE { ?s ex:p ?o }");
    assertThat(last()).isEqualTo(StoreChange.of(2, List.of(G1)));
    update("DROP GRAPH <" + G2 + ">");
    assertThat(last()).isEqualTo(StoreChange.of(3, List.of(G2)));
    update("MOVE GRAPH <" + G1 + "> TO GRAPH <" + G2 + ">");
    assertThat(last().graphs()).containsExactlyInAnyOrder(G1, G2);
  }

  @Test
  void anUpdateThatNamesGraphsByVariableIsAnnouncedWithTheGraphsItReallyChanged() {
    update("INSERT DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 } GRAPH <" + G2 + "> { ex:b ex:q 1 } }");
    update("DELETE { GRAPH ?g { ?s ex:p ?o } } WHERE { GRAPH ?g { ?s ex:p ?o } }");
    assertThat(last()).isEqualTo(StoreChange.of(2, List.of(G1)));
    update("CLEAR ALL");
    assertThat(last()).isEqualTo(StoreChange.of(3, List.of(G2)));
  }

  @Test
  void writesThatChangeNothingAreNotAnnounced() {
    store.replaceGraph(G1, turtle("ex:a ex:p 1 ."));
    store.replaceGraph(G1, turtle("ex:a ex:p 1 ."));
    update("INSERT DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 } }");
    update("DELETE DATA { GRAPH <" + G2 + "> { ex:a ex:p 1 } }");
    update("DELETE WHERE { GRAPH ?g { ?s ex:nothing ?o } }");
    assertThat(heard).hasSize(1);
    assertThat(store.version()).isEqualTo(1);
  }

  @Test
  void onAStoreWithoutHooksAnUpdateWhoseGraphsCannotBeToldSaysThatAnyGraphMayHaveChanged() {
    AnnouncingStore remoteLike = AnnouncingStore.of(withoutHooks(GraphStores.memory()));
    List<StoreChange> heardThere = new ArrayList<>();
    remoteLike.onChange(heardThere::add);
    try (remoteLike) {
      remoteLike.update(UpdateFactory.create(TestGraphs.PREFIXES + "INSERT DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 } }"));
      assertThat(heardThere).containsExactly(StoreChange.of(1, List.of(G1)));
      remoteLike.update(UpdateFactory.create(TestGraphs.PREFIXES + "DELETE { GRAPH ?g { ?s ex:p ?o } } WHERE { GRAPH ?g { ?s ex:p ?o } }"));
      assertThat(heardThere.get(1).allGraphs()).isTrue();
      assertThat(heardThere.get(1).mayTouch(G2)).isTrue();
      assertThat(heardThere.get(1).touchesOnly(List.of(G1))).isFalse();
    }
  }

  /** {@code store} as a backend that cannot run write hooks, as a remote store. */
  static GraphStore withoutHooks(GraphStore store) {
    return (GraphStore) Proxy.newProxyInstance(GraphStore.class.getClassLoader(), new Class<?>[] {GraphStore.class}, (proxy, method, args) -> {
      if (method.getName().equals("addWriteHook")) {
        return false;
      }
      try {
        return method.invoke(store, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  @Test
  void importedQuadsAnnounceTheirGraphs() {
    store.importQuads(sink -> sink.quad(Quad.create(NodeFactory.createURI(G2), turtle("ex:a ex:p 1 .").find().next())));
    assertThat(heard).containsExactly(StoreChange.of(1, List.of(G2)));
  }

  @Test
  void aFailedWriteAnnouncesNothing() {
    assertThatThrownBy(() -> store.importQuads(sink -> sink.triple(turtle("ex:a ex:p 1 .").find().next())))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> update("LOAD <file:///no/such/file.ttl> INTO GRAPH <" + G1 + ">"))
        .isInstanceOf(RuntimeException.class);
    assertThat(heard).isEmpty();
    assertThat(store.version()).isZero();
  }

  @Test
  void aListenerHearsOfAChangeBeforeTheVersionShowsIt() {
    List<Long> seen = new ArrayList<>();
    store.onChange(c -> seen.add(store.version()));
    store.replaceGraph(G1, turtle("ex:a ex:p 1 ."));
    assertThat(seen).containsExactly(0L);
    assertThat(store.version()).isEqualTo(1);
  }

  @Test
  void aChangeTellsWhetherItAddedOrRemovedATripleThatMatters() {
    var label = NodeFactory.createURI("http://example.org/label");
    store.replaceGraph(G1, turtle("ex:a ex:p 1 . ex:a ex:label \"A\" ."));
    assertThat(last().mayChange(t -> t.getPredicate().equals(label))).isTrue();
    store.replaceGraph(G2, turtle("ex:b ex:p 2 ."));
    assertThat(last().mayChange(t -> t.getPredicate().equals(label))).isFalse();
    update("DELETE DATA { GRAPH <" + G1 + "> { ex:a ex:p 1 } }");
    assertThat(last().mayChange(t -> t.getPredicate().equals(label))).isFalse();
    // Dropping the graph removes the label with it.
    store.deleteGraphs(List.of(G1));
    assertThat(last().mayChange(t -> t.getPredicate().equals(label))).isTrue();
    // Replacing a graph removes what it held before.
    store.replaceGraph(G2, turtle("ex:b ex:label \"B\" ."));
    store.replaceGraph(G2, turtle("ex:b ex:p 3 ."));
    assertThat(last().mayChange(t -> t.getPredicate().equals(label))).isTrue();
    // Told apart: that write removed a label and added none.
    assertThat(last().mayChange(t -> t.getPredicate().equals(label), t -> false)).isFalse();
    assertThat(last().mayChange(t -> false, t -> t.getPredicate().equals(label))).isTrue();
  }

  @Test
  void onAStoreThatDoesNotReportItsTriplesEveryChangeMayChangeAnything() {
    assertThat(StoreChange.of(1, List.of(G1)).mayChange(t -> false)).isTrue();
    assertThat(StoreChange.ofAnyGraph(1).mayChange(t -> false)).isTrue();
  }

  @Test
  void wrappingTwiceAnnouncesOnce() {
    assertThat(AnnouncingStore.of(store)).isSameAs(store);
  }
}
