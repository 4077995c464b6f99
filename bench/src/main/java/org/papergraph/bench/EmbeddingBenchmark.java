package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex;
import org.papergraph.core.embed.VectorIndex.Neighbour;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;

/**
 * The cost of the paper vectors on a store: {@code EmbeddingBenchmark FILE DIR [QUERIES]}
 * ingests FILE into a TDB2 store in DIR unless DIR holds one already, embeds every paper that
 * lacks a vector (resumable: an interrupted run goes on where it stopped), then prints the
 * embeddings per second of this run, the vector index's size per 10,000 papers, the latency of
 * a similar-papers search (in process, p50/p99 over QUERIES papers, default 500) and the recall
 * at 10 of the HNSW search against exact search over the same papers (by paper, and by score, where
 * papers with one text tie). A fourth argument
 * {@code --measure-only} measures the vectors there without embedding the papers that lack one.
 * The system property {@code threads} (default: the available processors) is how many papers are
 * embedded at once.
 */
public final class EmbeddingBenchmark {
  private EmbeddingBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    int queries = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    // Measures the vectors already there without embedding the rest (after an interrupted run).
    boolean measureOnly = args.length > 3 && args[3].equals("--measure-only");
    boolean fresh = !Files.exists(dir);
    StoreConfig config = StoreConfig.tdb2(dir);
    try (GraphStore store = GraphStores.open(config)) {
      if (fresh) {
        long t = System.nanoTime();
        var report = BenchIngest.ingest(store, file);
        System.out.printf("ingest: %,d papers in %.1f s%n", report.ingested(), (System.nanoTime() - t) / 1e9);
      }
      PaperEmbedder embedder = PaperEmbedder.allMiniLm(Integer.getInteger("threads", Runtime.getRuntime().availableProcessors()));
      try (PaperEmbeddings embeddings = new PaperEmbeddings(store, embedder, VectorIndex.open(config, embedder.modelId()))) {
        long start = System.nanoTime();
        long[] last = {start, 0};
        var pass = measureOnly ? new PaperEmbeddings.Pass(0, 0, 0) : embeddings.embedAll((done, total) -> {
          long now = System.nanoTime();
          if (done == total || now - last[0] > 30e9) {
            System.out.printf("embedded %,d of %,d: %.1f papers/s since the last line, %.1f overall%n",
                done, total, (done - last[1]) / ((now - last[0]) / 1e9), done / ((now - start) / 1e9));
            last[0] = now;
            last[1] = done;
          }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("RESULT embed papers=%d embedded=%d seconds=%.1f perSecond=%.1f loadavg=%.1f%n",
            pass.papers(), pass.embedded(), seconds, pass.embedded() / seconds,
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        VectorIndex index = embeddings.index();
        Path vectors = dir.resolveSibling(dir.getFileName() + "-vectors");
        long bytes;
        try (Stream<Path> files = Files.walk(vectors)) {
          bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        int n = index.size();
        System.out.printf("RESULT index vectors=%d bytes=%d mibPer10k=%.1f%n", n, bytes, bytes / 1048576.0 / n * 10_000);

        List<String> iris = new ArrayList<>(index.digests().keySet());
        iris.sort(null);
        List<String> sample = new ArrayList<>();
        Random random = new Random(20);
        for (int i = 0; i < queries && !iris.isEmpty(); i++) {
          sample.add(iris.get(random.nextInt(iris.size())));
        }
        // Warm-up: the same searches once, untimed.
        sample.forEach(iri -> embeddings.similar(iri, 10));
        long[] nanos = new long[sample.size()];
        int found = 0;
        int wanted = 0;
        // Papers with the same text have the same vector, so the exact ten may end in a tie that
        // it breaks one way and the graph search another: counted by score as well, a neighbour
        // at least as near as the exact tenth is a right one.
        int foundByScore = 0;
        for (int i = 0; i < sample.size(); i++) {
          String iri = sample.get(i);
          long t = System.nanoTime();
          List<Neighbour> approx = embeddings.similar(iri, 10).orElseThrow();
          nanos[i] = System.nanoTime() - t;
          List<Neighbour> exactTen = index.exactNearest(index.vector(iri).orElseThrow(), 10, iri);
          Set<String> exact = new HashSet<>();
          exactTen.forEach(x -> exact.add(x.iri()));
          wanted += exact.size();
          found += (int) approx.stream().filter(x -> exact.contains(x.iri())).count();
          double tenth = exactTen.isEmpty() ? Double.POSITIVE_INFINITY : exactTen.get(exactTen.size() - 1).score();
          foundByScore += (int) Math.min(exactTen.size(), approx.stream().filter(x -> x.score() >= tenth - 1e-6).count());
        }
        Arrays.sort(nanos);
        System.out.printf("RESULT similar queries=%d p50Ms=%.2f p99Ms=%.2f maxMs=%.2f recallAt10=%.4f recallAt10ByScore=%.4f%n",
            nanos.length, nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
            nanos[nanos.length - 1] / 1e6, (double) found / wanted, (double) foundByScore / wanted);
      }
    }
  }
}
