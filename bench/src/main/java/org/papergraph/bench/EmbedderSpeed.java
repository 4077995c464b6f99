package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.ReadResult;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.record.RecordReader;

/**
 * The model alone, without a store: {@code EmbedderSpeed FILE [N] [BATCH] [THREADS] [MODEL]} reads the
 * first N records of FILE (default 500), embeds the texts of the first two batches untimed
 * (warm-up) and then all of them in batches of BATCH (default 32), each call of the model on up
 * to THREADS cores (default 1), and prints papers per second and the CPU time the process took
 * per paper, so that a run on a busy machine can be told apart from a slow embedder. MODEL is
 * {@code minilm} (the papers' vectors, the default) or {@code e5} (the topic check's).
 */
public final class EmbedderSpeed {
  private EmbedderSpeed() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 32;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    List<String> texts = texts(file, n);
    PaperEmbedder embedder = BenchModels.byName(args.length > 4 ? args[4] : "minilm", threads);
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf("%s: %d texts, %.0f characters on average, batches of %d, %d thread(s)%n", embedder.modelId(), texts.size(),
        (double) chars / texts.size(), batch, threads);
    embedAll(embedder, texts.subList(0, Math.min(texts.size(), 2 * batch)), batch);
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    embedAll(embedder, texts, batch);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    System.out.printf("RESULT embedder papers=%d seconds=%.1f perSecond=%.1f cpuMsPerPaper=%.1f cores=%.2f%n",
        texts.size(), seconds, texts.size() / seconds, cpuSeconds * 1000 / texts.size(), cpuSeconds / seconds);
  }

  private static void embedAll(PaperEmbedder embedder, List<String> texts, int batch) {
    for (int from = 0; from < texts.size(); from += batch) {
      embedder.embedPassages(texts.subList(from, Math.min(texts.size(), from + batch)));
    }
  }

  private static List<String> texts(Path file, int n) throws IOException {
    List<String> out = new ArrayList<>();
    String name = file.getFileName().toString();
    try (BufferedReader in = Inputs.open(file); RecordReader records = RecordFormat.fromFileName(name).reader(in, name)) {
      while (records.hasNext() && out.size() < n) {
        if (records.next() instanceof ReadResult.Accepted a) {
          String text = PaperEmbedder.text(a.record().title(), a.record().abstractText());
          if (!text.isEmpty()) {
            out.add(text);
          }
        }
      }
    }
    return out;
  }
}
