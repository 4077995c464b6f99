package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.papergraph.core.store.TestGraphs.turtle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full-text index holds exactly one document per indexed literal of the data, whichever
 * write path put it there: {@code replaceGraphs} (indexed on a second thread), SPARQL Update and
 * deletes (indexed by the jena-text wrapper), in any interleaving, and after a failed write.
 */
class TextIndexAgreementTest {
  private static final String EX = "http://example.org/";
  // The indexed properties and one that is not, whose literals must stay out of the index.
  private static final List<String> PROPERTIES =
      Stream.concat(TextIndexing.INDEXED_PROPERTIES.stream().map(Node::getURI), Stream.of(EX + "notIndexed")).toList();
  private static final List<String> WORDS = List.of("diffusion", "graph", "neural", "latent", "quantum", "robot");

  @TempDir Path dir;

  @Test
  void theIndexFollowsEveryWritePathOnTdb2() throws IOException {
    try (LocalDatasetStore store = (LocalDatasetStore) GraphStores.tdb2(dir.resolve("tdb2"))) {
      randomWrites(store, new Random(7), 120);
      assertThat(liveDocuments(store)).isEqualTo(documentsOfTheData(store));
    }
  }

  @Test
  void theIndexFollowsEveryWritePathInMemory() throws IOException {
    try (LocalDatasetStore store = (LocalDatasetStore) GraphStores.open(StoreConfig.memory())) {
      randomWrites(store, new Random(11), 120);
      assertThat(liveDocuments(store)).isEqualTo(documentsOfTheData(store));
    }
  }

  @Test
  void aFailedReplaceLeavesDataAndIndexAsTheyWere() throws IOException {
    try (LocalDatasetStore store = (LocalDatasetStore) GraphStores.tdb2(dir.resolve("tdb2"))) {
      store.replaceGraph(EX + "g/1", turtle("ex:a dcterms:title \"Versatile Diffusion\" ."));
      List<String> before = liveDocuments(store);
      Graph broken = turtle("ex:b dcterms:title \"Latent Consistency\" .");
      Map<String, Graph> graphs = new LinkedHashMap<>();
      graphs.put(EX + "g/1", turtle("ex:a dcterms:title \"Quantum Robots\" ."));
      graphs.put(EX + "g/2", new FailingGraph(broken));

      assertThatThrownBy(() -> store.replaceGraphs(graphs)).hasMessageContaining("reading the graph failed");

      assertThat(liveDocuments(store)).isEqualTo(before);
      assertThat(store.searchText("diffusion", 10)).extracting(TextMatch::subject).containsExactly(EX + "a");
      assertThat(store.searchText("quantum", 10)).isEmpty();
      assertThat(store.listGraphs()).containsExactly(EX + "g/1");
      // The store writes again after the failure, index included.
      store.replaceGraph(EX + "g/2", broken);
      assertThat(store.searchText("consistency", 10)).extracting(TextMatch::subject).containsExactly(EX + "b");
      assertThat(liveDocuments(store)).isEqualTo(documentsOfTheData(store));
    }
  }

  private static void randomWrites(GraphStore store, Random random, int steps) {
    for (int step = 0; step < steps; step++) {
      int op = random.nextInt(10);
      if (op < 6) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
          graphs.put(graphName(random), randomGraph(random));
        }
        store.replaceGraphs(graphs);
      } else if (op < 8) {
        Triple t = randomTriple(random);
        store.update(UpdateFactory.create("INSERT DATA { GRAPH <" + graphName(random) + "> { <" + t.getSubject().getURI()
            + "> <" + t.getPredicate().getURI() + "> \"" + t.getObject().getLiteralLexicalForm() + "\" } }"));
      } else if (op < 9) {
        store.update(UpdateFactory.create("DELETE WHERE { GRAPH <" + graphName(random) + "> { ?s <" + PROPERTIES.get(random.nextInt(PROPERTIES.size())) + "> ?o } }"));
      } else {
        store.deleteGraphs(List.of(graphName(random)));
      }
    }
  }

  private static String graphName(Random random) {
    return EX + "g/" + random.nextInt(8);
  }

  private static Graph randomGraph(Random random) {
    Graph g = GraphFactory.createDefaultGraph();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      g.add(randomTriple(random));
    }
    return g;
  }

  // Few subjects and words, so that the same literal recurs across graphs and subjects.
  private static Triple randomTriple(Random random) {
    Node s = NodeFactory.createURI(EX + "s" + random.nextInt(4));
    Node p = NodeFactory.createURI(PROPERTIES.get(random.nextInt(PROPERTIES.size())));
    String text = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size()));
    return Triple.create(s, p, NodeFactory.createLiteralString(text));
  }

  /** The uid of every live document in the committed index, sorted, repeats kept. */
  private static List<String> liveDocuments(LocalDatasetStore store) throws IOException {
    List<String> uids = new ArrayList<>();
    try (DirectoryReader reader = DirectoryReader.open(store.textIndex().getDirectory())) {
      for (var leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            uids.add(fields.document(d).get(TextIndexing.UID_FIELD));
          }
        }
      }
    }
    uids.sort(null);
    return uids;
  }

  /** The uid a document for each indexed literal in the data would have, sorted. */
  private static List<String> documentsOfTheData(LocalDatasetStore store) {
    List<String> uids = new ArrayList<>();
    Txn.executeRead(store.base(), () -> {
      Iterator<Quad> it = store.base().find();
      while (it.hasNext()) {
        Entity e = TextQueryFuncs.entityFromQuad(store.textIndex().getDocDef(), it.next());
        if (e != null) {
          e.getMap().forEach((field, value) -> uids.add(e.getChecksum(field, (String) value)));
        }
      }
    });
    uids.sort(null);
    return uids;
  }

  /** A graph whose reading fails after its first triple, as a broken source would. */
  private static final class FailingGraph extends org.apache.jena.sparql.graph.GraphWrapper {
    FailingGraph(Graph g) {
      super(g);
    }

    @Override
    public org.apache.jena.util.iterator.ExtendedIterator<Triple> find() {
      throw new IllegalStateException("reading the graph failed");
    }
  }
}
