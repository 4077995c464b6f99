package org.papergraph.api.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.papergraph.ingest.run.IngestReport;

/**
 * Shows how an ingest is going: a progress bar with records/s and ETA on a terminal, plain log
 * lines at most every few seconds otherwise (so redirected output stays readable).
 */
abstract class IngestProgress implements Consumer<IngestReport>, AutoCloseable {
  final String name;
  final long totalBytes;
  final CountingInputStream counter;
  final long startNanos = System.nanoTime();

  IngestProgress(String name, long totalBytes, CountingInputStream counter) {
    this.name = name;
    this.totalBytes = totalBytes;
    this.counter = counter;
  }

  static IngestProgress create(String mode, String name, long totalBytes, CountingInputStream counter, PrintStream log) {
    boolean terminal = System.console() != null;
    return switch (mode) {
      case "bar" -> new Bar(name, totalBytes, counter);
      case "log" -> new Lines(name, totalBytes, counter, log);
      case "none" -> new Lines(name, totalBytes, counter, null);
      default -> terminal ? new Bar(name, totalBytes, counter) : new Lines(name, totalBytes, counter, log);
    };
  }

  double recordsPerSecond(IngestReport r) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return seconds <= 0 ? 0 : r.read() / seconds;
  }

  @Override
  public abstract void close();

  private static final class Bar extends IngestProgress {
    private final ProgressBar bar;

    Bar(String name, long totalBytes, CountingInputStream counter) {
      super(name, totalBytes, counter);
      this.bar = new ProgressBarBuilder()
          .setTaskName(name)
          .setInitialMax(Math.max(totalBytes, 1))
          .setUnit(" MiB", 1 << 20)
          .setStyle(ProgressBarStyle.ASCII)
          .showSpeed()
          .setUpdateIntervalMillis(500)
          .build();
    }

    @Override
    public void accept(IngestReport r) {
      bar.stepTo(counter.count());
      bar.setExtraMessage(String.format(" %,d records, %,.0f/s, %,d rejected", r.read(), recordsPerSecond(r), r.rejected()));
    }

    @Override
    public void close() {
      bar.stepTo(Math.max(totalBytes, 1));
      bar.close();
    }
  }

  private static final class Lines extends IngestProgress {
    private static final long EVERY_NANOS = Duration.ofSeconds(5).toNanos();
    private final PrintStream log;
    private long lastNanos = System.nanoTime();

    Lines(String name, long totalBytes, CountingInputStream counter, PrintStream log) {
      super(name, totalBytes, counter);
      this.log = log;
    }

    @Override
    public void accept(IngestReport r) {
      long now = System.nanoTime();
      if (log == null || now - lastNanos < EVERY_NANOS) {
        return;
      }
      lastNanos = now;
      double share = totalBytes <= 0 ? 0 : (double) counter.count() / totalBytes;
      double elapsed = (now - startNanos) / 1e9;
      String eta = share <= 0 ? "?" : formatSeconds((long) (elapsed / share - elapsed));
      log.printf("ingest %s: %,d records, %,.0f records/s, %.0f%% read, ETA %s, %,d rejected%n",
          name, r.read(), recordsPerSecond(r), share * 100, eta, r.rejected());
    }

    @Override
    public void close() {}

    private static String formatSeconds(long s) {
      return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
  }
}
