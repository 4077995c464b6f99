package org.papergraph.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.core.embed.VectorIndex.Neighbour;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;

class PaperEmbeddingsTest {
  private static final PaperEmbedder WORDS = new PaperEmbedder(new WordHashModel(), "words/1");
  private static final PaperEmbedder OTHER_WORDS = new PaperEmbedder(new WordHashModel(), "words/2");

  @Test
  void embedsOnlyWhatIsMissingOrChangedAndForgetsPapersGone(@TempDir Path dir) throws Exception {
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, WORDS, new VectorIndex(FSDirectory.open(dir), WORDS.modelId()))) {
      store.replaceGraphs(Map.of(
          "http://example.org/g/a", paper("http://example.org/p/a", "Graph neural networks for molecules", "Message passing on molecular graphs."),
          "http://example.org/g/b", paper("http://example.org/p/b", "Molecular graph neural networks", "We learn on graphs of molecules."),
          "http://example.org/g/c", paper("http://example.org/p/c", "Speech recognition with transformers", null)));

      assertThat(embeddings.embedAll((done, total) -> {})).isEqualTo(new PaperEmbeddings.Pass(3, 3, 0));
      assertThat(embeddings.embedAll((done, total) -> {})).as("nothing left to embed").isEqualTo(new PaperEmbeddings.Pass(3, 0, 0));
      assertThat(embeddings.similar("http://example.org/p/a", 1)).hasValueSatisfying(n -> assertThat(n).extracting(Neighbour::iri).containsExactly("http://example.org/p/b"));
      assertThat(embeddings.similar("http://example.org/p/none", 1)).isEmpty();

      store.replaceGraphs(Map.of("http://example.org/g/c", paper("http://example.org/p/c", "Speech recognition with transformers", "Now with an abstract.")));
      store.deleteGraphs(Set.of("http://example.org/g/b"));
      assertThat(embeddings.update(Set.of("http://example.org/g/b", "http://example.org/g/c"))).isEqualTo(new PaperEmbeddings.Pass(1, 1, 1));
      assertThat(embeddings.index().digests()).containsOnlyKeys("http://example.org/p/a", "http://example.org/p/c");
    }
  }

  @Test
  void papersWithOneTextShareOneRunOfTheModelAndATextEmbeddedBeforeIsNotRunAgain(@TempDir Path dir) throws Exception {
    CountingModel model = new CountingModel();
    PaperEmbedder counted = new PaperEmbedder(model, WORDS.modelId());
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, counted, new VectorIndex(FSDirectory.open(dir), counted.modelId()))) {
      Map<String, Graph> graphs = new java.util.HashMap<>();
      for (int i = 0; i < PaperEmbeddings.BATCH + 3; i++) {
        // Two papers per text, and more texts than one batch holds.
        graphs.put("http://example.org/g/" + i + "a", paper("http://example.org/p/" + i + "a", "Paper number " + i, null));
        graphs.put("http://example.org/g/" + i + "b", paper("http://example.org/p/" + i + "b", "Paper number " + i, null));
      }
      store.replaceGraphs(graphs);

      PaperEmbeddings.Pass first = embeddings.embedAll((done, total) -> {});
      assertThat(first).isEqualTo(new PaperEmbeddings.Pass(2 * (PaperEmbeddings.BATCH + 3), 2 * (PaperEmbeddings.BATCH + 3), 0, PaperEmbeddings.BATCH + 3));
      assertThat(model.texts).isEqualTo(PaperEmbeddings.BATCH + 3);
      assertThat(embeddings.index().vector("http://example.org/p/4b")).hasValueSatisfying(
          v -> assertThat(v).containsExactly(embeddings.index().vector("http://example.org/p/4a").orElseThrow()));

      // A new paper with a text embedded before, and one with a new text, in one write.
      store.replaceGraphs(Map.of(
          "http://example.org/g/new", paper("http://example.org/p/new", "Paper number 7", null),
          "http://example.org/g/other", paper("http://example.org/p/other", "A text of its own", null)));
      PaperEmbeddings.Pass next = embeddings.embedAll((done, total) -> {});
      assertThat(next.embedded()).isEqualTo(2);
      assertThat(next.encoded()).as("only the new text goes through the model").isEqualTo(1);
      assertThat(model.texts).isEqualTo(PaperEmbeddings.BATCH + 4);
      assertThat(embeddings.similar("http://example.org/p/new", 2)).hasValueSatisfying(
          n -> assertThat(n).extracting(Neighbour::score).allSatisfy(score -> assertThat(score).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6))));
    }
  }

  /** The word-hash model, counting the texts it is given. */
  private static final class CountingModel implements dev.langchain4j.model.embedding.EmbeddingModel {
    private final WordHashModel words = new WordHashModel();
    int texts;

    @Override
    public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
        List<dev.langchain4j.data.segment.TextSegment> segments) {
      texts += segments.size();
      return words.embedAll(segments);
    }

    @Override
    public int dimension() {
      return words.dimension();
    }
  }

  @Test
  void sparqlFindsSimilarPapersAndPapersNearAText(@TempDir Path dir) throws Exception {
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, WORDS, new VectorIndex(FSDirectory.open(dir), WORDS.modelId()))) {
      store.replaceGraphs(Map.of(
          "http://example.org/g/a", paper("http://example.org/p/a", "Graph neural networks for molecules", null),
          "http://example.org/g/b", paper("http://example.org/p/b", "Molecules and graph neural networks", null),
          "http://example.org/g/c", paper("http://example.org/p/c", "Speech recognition with transformers", null)));
      embeddings.embedAll((done, total) -> {});
      embeddings.serveQueriesOn(store);

      List<String> similar = select(store, """
          PREFIX pg: <https://w3id.org/papergraph/ns#>
          SELECT ?p ?score WHERE { (?p ?score) pg:similarTo (<http://example.org/p/a> 2) } ORDER BY DESC(?score)""");
      assertThat(similar).containsExactly("http://example.org/p/b", "http://example.org/p/c");
      List<String> near = select(store, """
          PREFIX pg: <https://w3id.org/papergraph/ns#>
          SELECT ?p WHERE { ?p pg:semanticQuery ("speech transformers" 1) }""");
      assertThat(near).containsExactly("http://example.org/p/c");
      assertThatThrownBy(() -> select(store, """
          PREFIX pg: <https://w3id.org/papergraph/ns#>
          SELECT ?p WHERE { ?p pg:similarTo (<http://example.org/p/a> 0) }"""))
          .hasMessageContaining("the limit must be an integer from 1 to 1000");
    }
  }

  private static List<String> select(GraphStore store, String sparql) {
    return store.query(QueryFactory.create(sparql), qe -> {
      List<String> out = new ArrayList<>();
      qe.execSelect().forEachRemaining(row -> out.add(row.getResource("p").getURI()));
      return out;
    });
  }

  @Test
  void aModelChangeEmbedsEveryPaperAgain(@TempDir Path dir) throws Exception {
    try (GraphStore store = GraphStores.memory()) {
      store.replaceGraphs(Map.of(
          "http://example.org/g/a", paper("http://example.org/p/a", "Graph neural networks", null),
          "http://example.org/g/b", paper("http://example.org/p/b", "Speech recognition", null)));
      try (PaperEmbeddings first = new PaperEmbeddings(store, WORDS, new VectorIndex(FSDirectory.open(dir), WORDS.modelId()))) {
        assertThat(first.embedAll((done, total) -> {}).embedded()).isEqualTo(2);
      }
      try (PaperEmbeddings same = new PaperEmbeddings(store, WORDS, new VectorIndex(FSDirectory.open(dir), WORDS.modelId()))) {
        assertThat(same.embedAll((done, total) -> {}).embedded()).isZero();
      }
      try (PaperEmbeddings other = new PaperEmbeddings(store, OTHER_WORDS, new VectorIndex(FSDirectory.open(dir), OTHER_WORDS.modelId()))) {
        assertThat(other.embedAll((done, total) -> {}).embedded()).isEqualTo(2);
      }
    }
  }

  @Test
  void aPassStoppedByItsPacerKeepsWhatItEmbeddedAndTheNextGoesOn(@TempDir Path dir) throws Exception {
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, WORDS, new VectorIndex(FSDirectory.open(dir), WORDS.modelId()))) {
      Map<String, Graph> graphs = new java.util.HashMap<>();
      for (int i = 0; i < PaperEmbeddings.BATCH + 5; i++) {
        graphs.put("http://example.org/g/" + i, paper("http://example.org/p/" + i, "Paper number " + i, null));
      }
      store.replaceGraphs(graphs);
      List<Long> batches = new ArrayList<>();
      Pacer oneBatch = new Pacer() {
        @Override
        public boolean awaitTurn() {
          return batches.isEmpty();
        }

        @Override
        public void ran(long nanos) {
          batches.add(nanos);
        }
      };

      PaperEmbeddings.Pass stopped = embeddings.embedAll((done, total) -> {}, oneBatch);
      assertThat(stopped.embedded()).isEqualTo(PaperEmbeddings.BATCH);
      assertThat(batches).hasSize(1);
      assertThat(embeddings.index().size()).as("committed when stopped").isEqualTo(PaperEmbeddings.BATCH);
      assertThat(embeddings.embedAll((done, total) -> {}).embedded()).as("the rest").isEqualTo(5);
    }
  }

  @Test
  void theBundledModelsMatchLangchain4jOnTextsWithinTheirWindow() {
    // The same ONNX files and tokenizers as langchain4j's classes, which give the reference vector
    // for a text short enough that neither cuts it.
    String text = "Graph neural networks for molecular property prediction.\nWe learn on graphs of molecules with message passing.";
    var miniLm = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    var e5 = new dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel(Runnable::run);
    float[] expectedMiniLm = PaperEmbedder.unit(miniLm.embed(text).content().vector());
    float[] expectedE5 = PaperEmbedder.unit(e5.embed("passage: " + text).content().vector());
    for (int threads : new int[] {1, 2}) {
      List<String> texts = List.of("Speech recognition", text, "x ".repeat(400));
      assertThat(VectorIndex.dot(PaperEmbedder.allMiniLm(threads).embedPassages(texts).get(1), expectedMiniLm)).as("MiniLM, %d thread(s)", threads)
          .isGreaterThan(0.9999);
      assertThat(VectorIndex.dot(PaperEmbedder.e5Small(threads).embedPassages(texts).get(1), expectedE5)).as("e5, %d thread(s)", threads)
          .isGreaterThan(0.9999);
    }
  }

  @Test
  void aQueryTextAskedForAgainIsNotEmbeddedAgainUntilManyOthersPushItOut(@TempDir Path dir) throws Exception {
    WordHashModel words = new WordHashModel();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    dev.langchain4j.model.embedding.EmbeddingModel counting = new dev.langchain4j.model.embedding.EmbeddingModel() {
      @Override
      public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
          List<dev.langchain4j.data.segment.TextSegment> segments) {
        calls.addAndGet(segments.size());
        return words.embedAll(segments);
      }
    };
    PaperEmbedder embedder = new PaperEmbedder(counting, "words/1");
    try (GraphStore store = GraphStores.memory();
        PaperEmbeddings embeddings = new PaperEmbeddings(store, embedder, new VectorIndex(FSDirectory.open(dir), embedder.modelId()))) {
      float[] first = embeddings.queryVector("graph neural networks");
      assertThat(embeddings.queryVector("graph neural networks")).isSameAs(first);
      assertThat(calls).as("the second search for the same words").hasValue(1);
      embeddings.queryVector("speech recognition");
      assertThat(calls).hasValue(2);

      for (int i = 0; i < PaperEmbeddings.QUERY_VECTORS; i++) {
        embeddings.queryVector("query " + i);
      }
      int before = calls.get();
      embeddings.queryVector("graph neural networks");
      assertThat(calls).as("pushed out by %d newer texts", PaperEmbeddings.QUERY_VECTORS).hasValue(before + 1);
      assertThat(embeddings.queryVector("query " + (PaperEmbeddings.QUERY_VECTORS - 1))).isNotNull();
      assertThat(calls).as("a recent text stays").hasValue(before + 1);
    }
  }

  @Test
  void theBundledModelsCutTextAt256WordPieces() {
    String head = "Graph neural networks for molecular property prediction. ".repeat(40);
    for (PaperEmbedder model : List.of(PaperEmbedder.allMiniLm(), PaperEmbedder.e5Small())) {
      List<float[]> v = model.embedPassages(List.of(head, head + "Speech recognition with recurrent networks. ".repeat(40)));
      assertThat(VectorIndex.dot(v.get(0), v.get(1))).as("%s: words past 256 word pieces are not read", model.modelId()).isGreaterThan(0.9999);
    }
  }

  @Test
  void theBundledModelsPutPapersOnOneSubjectNearer() {
    // e5's cosines lie close together (0.94 against 0.91 here), MiniLM's further apart: what
    // counts is the order.
    Map<PaperEmbedder, Double> margin = Map.of(PaperEmbedder.allMiniLm(), 0.1, PaperEmbedder.e5Small(), 0.02);
    margin.forEach((model, by) -> {
      var v = model.embedPassages(java.util.List.of(
          "Graph neural networks for molecular property prediction",
          "Message passing networks predict properties of molecules",
          "A survey of speech recognition with recurrent networks"));
      assertThat(v.get(0)).hasSize(384);
      assertThat(VectorIndex.dot(v.get(0), v.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
      assertThat(VectorIndex.dot(v.get(0), v.get(1))).as(model.modelId()).isGreaterThan(VectorIndex.dot(v.get(0), v.get(2)) + by);
    });
  }

  private static Graph paper(String iri, String title, String abstractText) {
    String ttl = "<" + iri + "> a <https://schema.org/ScholarlyArticle> ; <http://purl.org/dc/terms/title> \"" + title + "\""
        + (abstractText == null ? "" : " ; <http://purl.org/dc/terms/abstract> \"" + abstractText + "\"") + " .";
    Graph g = GraphFactory.createDefaultGraph();
    RDFParser.fromString(ttl, Lang.TURTLE).parse(g);
    return g;
  }
}
