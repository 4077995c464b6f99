package org.papergraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop HTTP load: N client threads, each sending its next request as soon as the last
 * one is answered, for a warm-up and then a measured period. Every response must be 200; any
 * other status or a failed request counts as an error. Latencies are kept whole and sorted, so
 * the percentiles are exact.
 *
 * <p>Usage:
 * <pre>
 *   LoadGenerator sparql ENDPOINT SAMPLES LABEL CLIENTS WARMUP_S MEASURE_S
 *   LoadGenerator rest   BASE     SAMPLES ENDPOINTS_FILE CLIENTS WARMUP_S MEASURE_S
 * </pre>
 * CLIENTS is a comma-separated list, e.g. {@code 1,4,16}. Traffic goes only to the URL given,
 * which bench/run sets to 127.0.0.1.
 */
public final class LoadGenerator {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  /** What one step measured: latencies per request kind, in nanoseconds, and the errors. */
  record Step(int clients, double seconds, long[][] latencies, long errors, List<String> errorSamples, double serverCpuMillis) {
    long requests() {
      return Arrays.stream(latencies).mapToLong(a -> a.length).sum();
    }

    long[] all() {
      return Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    }

    /** The server's CPU milliseconds per request answered in the measured period, or NaN when not measured. */
    double serverCpuPerRequest() {
      return serverCpuMillis / requests();
    }
  }

  /** The server's process, when {@code -Dserver.pid=PID} names it: its CPU time is measured over each step. */
  private final ProcessCpu server = Long.getLong("server.pid") == null ? null : new ProcessCpu(Long.getLong("server.pid"));

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Samples samples = Samples.read(Path.of(args[2]));
    int warmup = Integer.parseInt(args[5]);
    int measure = Integer.parseInt(args[6]);
    int[] clients = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
    LoadGenerator gen = new LoadGenerator();
    switch (mode) {
      case "sparql" -> gen.sparql(URI.create(args[1]), samples, args[3], clients, warmup, measure);
      case "rest" -> gen.rest(args[1], samples, Path.of(args[3]), clients, warmup, measure);
      default -> throw new IllegalArgumentException("mode must be sparql or rest, not " + mode);
    }
  }

  void sparql(URI endpoint, Samples samples, String label, int[] clients, int warmup, int measure) {
    List<QueryMix.Entry> mix = QueryMix.entries(samples);
    int k = mix.size();
    IntFunction<HttpRequest> requests = i -> {
      QueryMix.Entry e = mix.get(i % k);
      String body = "query=" + URLEncoder.encode(e.instance().apply(i / k), StandardCharsets.UTF_8);
      return HttpRequest.newBuilder(endpoint)
          .timeout(REQUEST_TIMEOUT)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("Accept", e.graph() ? "text/turtle" : "application/sparql-results+json")
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    };
    for (int c : clients) {
      Step s = run(c, warmup, measure, requests, k);
      long[] all = s.all();
      System.out.printf("RESULT sparql server=%s clients=%d requests=%d throughput=%.2f p50ms=%.1f p99ms=%.1f errors=%d%s%n",
          label, c, s.requests(), s.requests() / s.seconds(), ms(pct(all, 50)), ms(pct(all, 99)), s.errors(), cpu(s));
      for (int q = 0; q < k; q++) {
        long[] l = s.latencies()[q].clone();
        Arrays.sort(l);
        System.out.printf("  query %-20s n=%4d p50ms=%8.1f p99ms=%8.1f%n", mix.get(q).name(), l.length, ms(pct(l, 50)), ms(pct(l, 99)));
      }
      s.errorSamples().forEach(m -> System.out.println("  error: " + m));
    }
  }

  /** Endpoint lines: NAME CLASS TEMPLATE, CLASS one of entity, list, facet, relation. */
  record Endpoint(String name, String kind, String template) {
    long targetMs() {
      return kind.equals("entity") || kind.equals("list") ? 50 : 200;
    }
  }

  void rest(String base, Samples samples, Path endpointsFile, int[] clients, int warmup, int measure) throws IOException {
    List<Endpoint> endpoints = new ArrayList<>();
    for (String line : Files.readAllLines(endpointsFile)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] f = t.split("\\s+");
      if (f.length != 3 || !List.of("entity", "list", "facet", "relation").contains(f[1])) {
        throw new IllegalArgumentException(endpointsFile + ": not a NAME CLASS TEMPLATE line (CLASS entity|list|facet|relation): " + line);
      }
      endpoints.add(new Endpoint(f[0], f[1], f[2]));
    }
    for (Endpoint e : endpoints) {
      IntFunction<HttpRequest> requests = i -> HttpRequest.newBuilder(URI.create(base + expand(e.template(), samples, i)))
          .timeout(REQUEST_TIMEOUT).header("Accept", "application/json").GET().build();
      int status = probe(requests.apply(0));
      if (status != 200) {
        System.out.printf("RESULT rest endpoint=%s template=%s notMeasured=HTTP-%d%n", e.name(), e.template(), status);
        continue;
      }
      for (int c : clients) {
        Step s = run(c, warmup, measure, requests, 1);
        long[] all = s.all();
        double p99 = ms(pct(all, 99));
        System.out.printf("RESULT rest endpoint=%s class=%s template=%s clients=%d requests=%d throughput=%.1f p50ms=%.1f p99ms=%.1f errors=%d%s target=%dms %s%n",
            e.name(), e.kind(), e.template(), c, s.requests(), s.requests() / s.seconds(), ms(pct(all, 50)), p99, s.errors(), cpu(s),
            e.targetMs(), p99 < e.targetMs() && s.errors() == 0 ? "met" : "MISSED");
        s.errorSamples().forEach(m -> System.out.println("  error: " + m));
      }
    }
  }

  private static String cpu(Step s) {
    return Double.isNaN(s.serverCpuMillis()) ? "" : String.format(" serverCpuMsPerRequest=%.2f", s.serverCpuPerRequest());
  }

  private static String expand(String template, Samples s, int i) {
    String out = template;
    if (out.contains("{paper}")) {
      out = out.replace("{paper}", enc(pick(s.get("paper"), i)));
    }
    if (out.contains("{topic}")) {
      out = out.replace("{topic}", enc(after(pick(s.get("topic"), i), "/id/topic/")));
    }
    if (out.contains("{venue}")) {
      out = out.replace("{venue}", enc(after(pick(s.get("venue"), i), "/id/venue/")));
    }
    if (out.contains("{host}") || out.contains("{owner}")) {
      String[] ho = after(pick(s.get("owner"), i), "/id/org/").split("/", 2);
      out = out.replace("{host}", enc(ho[0])).replace("{owner}", enc(ho[1]));
    }
    if (out.contains("{term}")) {
      out = out.replace("{term}", enc(pick(s.get("term"), i)));
    }
    return out;
  }

  private static String after(String iri, String marker) {
    int at = iri.indexOf(marker);
    if (at < 0) {
      throw new IllegalArgumentException("'" + iri + "' does not contain " + marker);
    }
    return iri.substring(at + marker.length());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String pick(List<String> values, int i) {
    return values.get(Math.floorMod(i, values.size()));
  }

  private int probe(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * Runs {@code clients} threads for warm-up plus measured seconds. Request i is
   * {@code requests.apply(i)} and of kind {@code i % kinds}; only requests that start and end in
   * the measured period count.
   */
  Step run(int clients, int warmupSeconds, int measureSeconds, IntFunction<HttpRequest> requests, int kinds) {
    long begin = System.nanoTime();
    long measureStart = begin + warmupSeconds * 1_000_000_000L;
    long measureEnd = measureStart + measureSeconds * 1_000_000_000L;
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
    List<long[][]> perThread = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      Thread thread = new Thread(() -> {
        long[][] lat = new long[kinds][1024];
        int[] n = new int[kinds];
        while (System.nanoTime() < measureEnd) {
          int i = next.getAndIncrement();
          HttpRequest req = requests.apply(i);
          long t0 = System.nanoTime();
          String failure = null;
          try {
            HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) {
              failure = "HTTP " + resp.statusCode() + " " + req.uri() + ": " + new String(resp.body(), 0, Math.min(300, resp.body().length), StandardCharsets.UTF_8);
            }
          } catch (IOException e) {
            failure = e + " " + req.uri();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          long t1 = System.nanoTime();
          if (failure != null) {
            errors.incrementAndGet();
            if (errorSamples.size() < 5) {
              errorSamples.add(failure.replace('\n', ' '));
            }
          } else if (t0 >= measureStart && t1 <= measureEnd) {
            int k = i % kinds;
            if (n[k] == lat[k].length) {
              lat[k] = Arrays.copyOf(lat[k], n[k] * 2);
            }
            lat[k][n[k]++] = t1 - t0;
          }
        }
        long[][] done = new long[kinds][];
        for (int k = 0; k < kinds; k++) {
          done[k] = Arrays.copyOf(lat[k], n[k]);
        }
        perThread.add(done);
      }, "client-" + t);
      threads.add(thread);
      thread.start();
    }
    double cpuMillis = Double.NaN;
    if (server != null) {
      sleepUntil(measureStart);
      double before = server.millis();
      sleepUntil(measureEnd);
      cpuMillis = server.millis() - before;
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the clients ran", e);
      }
    }
    long[][] merged = new long[kinds][];
    for (int k = 0; k < kinds; k++) {
      final int kk = k;
      merged[k] = perThread.stream().flatMapToLong(a -> Arrays.stream(a[kk])).toArray();
    }
    return new Step(clients, measureSeconds, merged, errors.get(), errorSamples, cpuMillis);
  }

  private static void sleepUntil(long nanoTime) {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      try {
        Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the clients ran", e);
      }
    }
  }

  private static long pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return -1;
    }
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
  }

  private static double ms(long nanos) {
    return nanos < 0 ? Double.NaN : nanos / 1e6;
  }
}
