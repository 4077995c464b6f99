package org.papergraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.papergraph.core.feed.FeedSync;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreConfig;

/**
 * What the change feed costs to serve and to follow, against a running server (bench/feed).
 *
 * <p>Usage:
 * <ul>
 *   <li>{@code FeedBenchmark read FEED_URL [MAX_EVENTS]}: one client reads the feed as a consumer
 *       does, {@code ?since=0} and then each page's {@code next}, to its end or until it has
 *       MAX_EVENTS events (0, the default: to the end): pages/s and events/s ({@code RESULT feed-read}).
 *   <li>{@code FeedBenchmark pages FEED_URL CLIENTS WARMUP_S SECONDS}: CLIENTS clients GET full
 *       pages ({@code /changes/pages/N}, JSON-LD) drawn at random for SECONDS after WARMUP_S:
 *       pages/s, p50 and p99 ({@code RESULT feed-pages}).
 *   <li>{@code FeedBenchmark sync FEED_URL TDB2_DIR [MAX_EVENTS]}: {@link FeedSync} from the feed
 *       into a fresh TDB2 directory, all events or the first MAX_EVENTS (0, the default: all)
 *       ({@code RESULT feed-sync}).
 *   <li>{@code FeedBenchmark sync-remote FEED_URL QUERY UPDATE GRAPH_STORE [MAX_EVENTS]}: the same
 *       into a remote SPARQL 1.1 store (Fuseki).
 * </ul>
 */
public final class FeedBenchmark {
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

  public static void main(String[] args) throws Exception {
    URI feed = URI.create(args[1]);
    switch (args[0]) {
      case "read" -> read(feed, optionalLong(args, 2));
      case "pages" -> pages(feed, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "sync" -> {
        try (GraphStore target = GraphStores.tdb2(Path.of(args[2]))) {
          sync(feed, target, "tdb2", optionalLong(args, 3));
        }
      }
      case "sync-remote" -> {
        try (GraphStore target = GraphStores.open(StoreConfig.remote(URI.create(args[2]), URI.create(args[3]), URI.create(args[4])))) {
          sync(feed, target, "remote", optionalLong(args, 5));
        }
      }
      default -> throw new IllegalArgumentException("unknown mode " + args[0] + "; read, pages, sync or sync-remote");
    }
  }

  private static long optionalLong(String[] args, int i) {
    return args.length > i ? Long.parseLong(args[i]) : 0;
  }

  private static String get(URI url) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(url).header("Accept", "application/ld+json").timeout(Duration.ofMinutes(2)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + url + " answered " + r.statusCode());
    }
    return r.body();
  }

  private static void read(URI feed, long maxEvents) throws Exception {
    long start = System.nanoTime();
    long pages = 0;
    long events = 0;
    long bytes = 0;
    URI next = URI.create(feed + "?since=0");
    while (next != null && (maxEvents == 0 || events < maxEvents)) {
      String body = get(next);
      bytes += body.length();
      JsonObject page = JSON.parse(body);
      pages++;
      events += page.get("orderedItems").getAsArray().size();
      next = page.hasKey("next") ? URI.create(page.get("next").getAsString().value()) : null;
    }
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf("RESULT feed-read pages=%d events=%d seconds=%.2f pagesPerSecond=%.1f eventsPerSecond=%.0f charsPerPage=%d%n",
        pages, events, s, pages / s, events / s, pages == 0 ? 0 : bytes / pages);
  }

  private static void pages(URI feed, int clients, int warmup, int seconds) throws Exception {
    JsonObject collection = JSON.parse(get(feed));
    String last = collection.get("last").getAsString().value();
    long lastStart = Long.parseLong(last.substring(last.lastIndexOf('/') + 1));
    JsonObject first = JSON.parse(get(URI.create(feed + "/pages/1")));
    int size = first.get("orderedItems").getAsArray().size();
    List<URI> full = new ArrayList<>();
    for (long s = 1; s < lastStart; s += size) {
      full.add(URI.create(feed + "/pages/" + s));
    }
    if (full.isEmpty()) {
      throw new IllegalStateException("the feed at " + feed + " has no full page yet");
    }
    long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
    long end = warmEnd + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[] mine = new long[1 << 20];
      long[] count = {0};
      latencies.add(mine);
      Thread t = new Thread(() -> {
        int n = 0;
        while (System.nanoTime() < end) {
          URI u = full.get(ThreadLocalRandom.current().nextInt(full.size()));
          long t0 = System.nanoTime();
          try {
            get(u);
          } catch (Exception e) {
            errors.incrementAndGet();
            continue;
          }
          long t1 = System.nanoTime();
          if (t0 >= warmEnd && t1 <= end && n < mine.length - 1) {
            mine[++n] = t1 - t0;
          }
        }
        mine[0] = n;
      });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    int total = 0;
    for (long[] l : latencies) {
      total += (int) l[0];
    }
    long[] all = new long[total];
    int i = 0;
    for (long[] l : latencies) {
      System.arraycopy(l, 1, all, i, (int) l[0]);
      i += (int) l[0];
    }
    Arrays.sort(all);
    System.out.printf("RESULT feed-pages clients=%d fullPages=%d pageSize=%d pagesPerSecond=%.1f eventsPerSecond=%.0f p50ms=%.1f p99ms=%.1f errors=%d%n",
        clients, full.size(), size, total / (double) seconds, total * (double) size / seconds, pct(all, 50), pct(all, 99), errors.get());
  }

  private static double pct(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
  }

  /**
   * Syncs in runs of {@link #SYNC_STEP} events, printing the rate so far after each: a run stopped
   * part-way still tells. Stops after {@code maxEvents} (0: at the feed's end).
   */
  private static void sync(URI feed, GraphStore target, String kind, long maxEvents) {
    long start = System.nanoTime();
    long applied = 0;
    long reread = 0;
    while (true) {
      long step = maxEvents == 0 ? SYNC_STEP : Math.min(SYNC_STEP, maxEvents - applied);
      FeedSync.Result r = new FeedSync(feed, target).run(step);
      applied += r.applied();
      reread += r.reread();
      double s = (System.nanoTime() - start) / 1e9;
      boolean done = r.applied() < step || (maxEvents > 0 && applied >= maxEvents);
      System.out.printf("%s feed-sync target=%s events=%d reread=%d seconds=%.2f eventsPerSecond=%.1f lastSequence=%d%n",
          done ? "RESULT" : "progress:", kind, applied, reread, s, applied / s, r.lastSequence());
      if (done) {
        return;
      }
    }
  }

  private static final int SYNC_STEP = 250;
}
