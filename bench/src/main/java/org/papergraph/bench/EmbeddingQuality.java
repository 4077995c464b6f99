package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.papergraph.core.Iris;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex;
import org.papergraph.core.embed.VectorIndex.Neighbour;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.TextMatch;

/**
 * How well the paper vectors group papers by subject: {@code EmbeddingQuality FILE.jsonl} ingests
 * arXiv JSON lines into a store in memory, embeds every paper, and prints, over all papers, the
 * share of each paper's 10 nearest neighbours that share its primary category (the first of its
 * categories), against the same share for the keyword search on its title (the server's
 * {@code /api/search}, every word required, the paper itself left out), with how many neighbours
 * each found. The share a random neighbour would have is printed too, as the floor.
 * {@code EmbeddingQuality FILE.jsonl --dump N} also prints the 5 most similar papers of the
 * first N papers, with titles and categories, for judging by reading.
 */
public final class EmbeddingQuality {
  private EmbeddingQuality() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Map<String, String> primary = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonObject o = JSON.parse(line);
          String id = o.getString("id");
          primary.put(id, o.getString("categories").split("\\s+")[0]);
          titles.put(id, o.getString("title").replaceAll("\\s+", " ").strip());
        }
      }
    }
    try (GraphStore store = BenchIngest.inMemory(file)) {
      Iris iris = Iris.defaults();
      PaperEmbedder embedder = PaperEmbedder.allMiniLm();
      try (PaperEmbeddings embeddings = new PaperEmbeddings(store, embedder, new VectorIndex(new ByteBuffersDirectory(), embedder.modelId()))) {
        long t = System.nanoTime();
        var pass = embeddings.embedAll((done, total) -> {});
        System.out.printf("embedded %,d papers in %.1f s%n", pass.embedded(), (System.nanoTime() - t) / 1e9);
        long semanticSame = 0;
        long semanticFound = 0;
        long keywordSame = 0;
        long keywordFound = 0;
        int withKeywordHits = 0;
        long pairsSame = 0;
        long pairs = 0;
        List<String> ids = new ArrayList<>(primary.keySet());
        for (String id : ids) {
          String cat = primary.get(id);
          for (String other : ids) {
            if (!other.equals(id)) {
              pairs++;
              pairsSame += primary.get(other).equals(cat) ? 1 : 0;
            }
          }
          String iri = iris.paper(id);
          for (Neighbour n : embeddings.similar(iri, 10).orElse(List.of())) {
            semanticFound++;
            semanticSame += cat.equals(primary.get(idOf(iris, n.iri()))) ? 1 : 0;
          }
          int k = 0;
          for (TextMatch m : store.searchText(titles.get(id), 50)) {
            String other = idOf(iris, m.subject());
            if (other == null || other.equals(id) || k == 10) {
              continue;
            }
            k++;
            keywordFound++;
            keywordSame += cat.equals(primary.get(other)) ? 1 : 0;
          }
          withKeywordHits += k > 0 ? 1 : 0;
        }
        if (args.length > 2 && args[1].equals("--dump")) {
          // The top 5 similar papers of the first N papers of the file, titles and categories, for
          // judging by reading.
          int n = Integer.parseInt(args[2]);
          List<String> inOrder = new ArrayList<>();
          try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null && inOrder.size() < n; line = in.readLine()) {
              if (!line.isBlank()) {
                inOrder.add(JSON.parse(line).getString("id"));
              }
            }
          }
          for (String id : inOrder) {
            System.out.printf("QUERY\t%s\t%s\t%s%n", id, primary.get(id), titles.get(id));
            for (Neighbour nb : embeddings.similar(iris.paper(id), 5).orElse(List.of())) {
              String other = idOf(iris, nb.iri());
              System.out.printf("SIMILAR\t%s\t%s\t%.3f\t%s%n", other, primary.get(other), nb.score(), titles.get(other));
            }
          }
        }
        System.out.printf("RESULT quality papers=%d semanticNeighbours=%d semanticSameCategory=%.3f keywordNeighbours=%d keywordSameCategory=%s"
                + " papersWithKeywordNeighbours=%d randomSameCategory=%.3f%n",
            ids.size(), semanticFound, (double) semanticSame / semanticFound, keywordFound,
            keywordFound == 0 ? "n/a" : String.format("%.3f", (double) keywordSame / keywordFound), withKeywordHits, (double) pairsSame / pairs);
      }
    }
  }

  static String idOf(Iris iris, String iri) {
    String prefix = iris.paper("");
    return iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
  }
}
