package org.papergraph.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.papergraph.api.config.EmbeddingProperties;
import org.papergraph.core.embed.HeldBackMatches;
import org.papergraph.core.embed.Pacer;
import org.papergraph.core.embed.PaperEmbedder;
import org.papergraph.core.embed.PaperEmbeddings;
import org.papergraph.core.embed.VectorIndex;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import org.papergraph.ingest.run.IngestPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the vector of every paper in the store that lacks one (or whose title or abstract",
      "changed, or whose vector another model made), for similar papers and semantic search.",
      "Resumable: stopped and run again, it goes on where it stopped. The server does the same in",
      "the background at start and after each write, on a share of one core; this command does it up",
      "front for a large store, on every core (or --threads). Then it checks the topics of every paper",
      "not checked yet against its vector, removing those the paper is not about",
      "(papergraph.embedding.topic-check=false leaves them as the ingest made them)."
    })
final class EmbedCommand implements Callable<Integer> {
  @ParentCommand PapergraphCommandLine parent;
  @Spec CommandSpec spec;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, log lines otherwise), bar, log or none; default: ${DEFAULT-VALUE}")
  String progress;

  @Option(names = "--threads", paramLabel = "N",
      description = "papers embedded at once, one core each (default: the available processors, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    StoreConfig config = parent.storeConfig(parent.settings());
    PrintWriter out = spec.commandLine().getOut();
    if (config.kind() != StoreKind.TDB2) {
      out.println("embed: vectors are kept on disk for a tdb2 store only; a " + config.kind().name().toLowerCase(java.util.Locale.ROOT)
          + " store's server embeds its papers at start");
      out.flush();
      return PapergraphCommandLine.EXIT_USAGE;
    }
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1, not " + threads);
    }
    try (GraphStore store = GraphStores.open(config)) {
      if (topicCheck(parent)) {
        // The check admits what the ingest's tagger held back, so it needs that tagger.
        try (IngestPipeline pipeline = parent.ingestPipeline(store)) {
          embed(store, config, threads, true, pipeline.heldBackMatches(), progress, out);
        }
      } else {
        embed(store, config, threads, false, HeldBackMatches.NONE, progress, out);
      }
    }
    return PapergraphCommandLine.EXIT_OK;
  }

  /** Whether the settings ({@code papergraph.embedding.topic-check}) ask for the topic check after the vectors. */
  static boolean topicCheck(PapergraphCommandLine parent) {
    return parent.settings().bind(EmbeddingProperties.class).topicCheck();
  }

  /**
   * Embeds every paper of {@code store} (a tdb2 store, opened from {@code config}) whose vector
   * is missing or stale, on {@code threads} cores, then, with {@code topicCheck}, checks the
   * topics of the papers not checked yet, admitting what {@code heldBack} offers, and prints what
   * it did.
   */
  static PaperEmbeddings.Pass embed(
      GraphStore store, StoreConfig config, int threads, boolean topicCheck, HeldBackMatches heldBack, String progress, PrintWriter out) {
    PaperEmbedder embedder = PaperEmbedder.allMiniLm(threads);
    PaperEmbedder checkModel = topicCheck ? PaperEmbedder.e5Small(threads) : embedder;
    long start = System.nanoTime();
    try (PaperEmbeddings embeddings = new PaperEmbeddings(store, embedder, VectorIndex.open(config, embedder.modelId()), heldBack, checkModel);
        Progress shown = Progress.of(progress, out, "embed", "to embed")) {
      PaperEmbeddings.Pass pass = embeddings.embedAll(shown::show);
      double seconds = (System.nanoTime() - start) / 1e9;
      shown.close();
      out.printf("embed: %,d papers, %,d embedded (%,.1f/s) from %,d texts the model ran on, %,d vectors of papers gone deleted, %s; model %s%n",
          pass.papers(), pass.embedded(), seconds <= 0 ? 0 : pass.embedded() / seconds, pass.encoded(), pass.deleted(),
          Duration.ofSeconds(Math.round(seconds)).toString().substring(2).toLowerCase(java.util.Locale.ROOT), embedder.modelId());
      out.flush();
      if (topicCheck) {
        long checkStart = System.nanoTime();
        PaperEmbeddings.TopicPass check;
        try (Progress checking = Progress.of(progress, out, "topic check", "to check")) {
          check = embeddings.checkTopics(checking::show, Pacer.FULL_SPEED);
        }
        out.printf("topic check: %,d papers, %,d of their %,d topic assignments removed, %,d held-back matches admitted, in %.1f s; model %s%n",
            check.papers(), check.removed(), check.assignments(), check.admitted(), (System.nanoTime() - checkStart) / 1e9, checkModel.modelId());
        out.flush();
      }
      return pass;
    }
  }

  /** A progress bar on a terminal, a line every 10 seconds otherwise. */
  private abstract static class Progress implements AutoCloseable {
    abstract void show(int done, int total);

    @Override
    public abstract void close();

    /** Progress of a task ("embed") over papers: "N of M papers to embed". */
    static Progress of(String mode, PrintWriter out, String task, String what) {
      boolean bar = mode.equals("bar") || (mode.equals("auto") && System.console() != null);
      if (mode.equals("none")) {
        return new Lines(null, task, what);
      }
      return bar ? new Bar(task) : new Lines(out, task, what);
    }
  }

  private static final class Bar extends Progress {
    private final String task;
    private ProgressBar bar;

    Bar(String task) {
      this.task = task;
    }

    @Override
    void show(int done, int total) {
      if (bar == null) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(Math.max(total, 1))
            .setStyle(ProgressBarStyle.ASCII).showSpeed().setUnit(" papers", 1).build();
      }
      bar.stepTo(done);
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }

  private static final class Lines extends Progress {
    private static final long EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    private final PrintWriter out;
    private final String task;
    private final String what;
    private final long start = System.nanoTime();
    private long last;

    Lines(PrintWriter out, String task, String what) {
      this.out = out;
      this.task = task;
      this.what = what;
    }

    @Override
    void show(int done, int total) {
      long now = System.nanoTime();
      if (out == null || (done != 0 && done != total && now - last < EVERY_NANOS)) {
        return;
      }
      last = now;
      double seconds = (now - start) / 1e9;
      out.printf("%s: %,d of %,d papers %s (%.0f%%), %.1f/s%n", task, done, total, what, total == 0 ? 100.0 : 100.0 * done / total,
          seconds <= 0 ? 0 : done / seconds);
      out.flush();
    }

    @Override
    public void close() {}
  }
}
