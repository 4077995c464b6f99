package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples went: the methods on the most stacks (inclusive) and at
 * the top of the most stacks (self), as shares of all execution samples; the samples per
 * thread; the garbage collector's pauses; and where threads sat in native code.
 *
 * <p>Usage: {@code JfrSummary FILE.jfr [TOP]}
 */
public final class JfrSummary {
  public static void main(String[] args) throws IOException {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> threads = new HashMap<>();
    Map<String, Integer> inNative = new HashMap<>();
    int nativeSamples = 0;
    int samples = 0;
    int collections = 0;
    long pauseNanos = 0;
    long longestPauseNanos = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (e.getEventType().getName().equals("jdk.GarbageCollection")) {
        collections++;
        pauseNanos += e.getDuration("sumOfPauses").toNanos();
        longestPauseNanos = Math.max(longestPauseNanos, e.getDuration("longestPause").toNanos());
        continue;
      }
      if (e.getEventType().getName().equals("jdk.NativeMethodSample") && e.getStackTrace() != null && !e.getStackTrace().getFrames().isEmpty()) {
        // Where threads wait outside Java: file syncs, reads, sockets. Execution samples miss it.
        nativeSamples++;
        RecordedFrame f = e.getStackTrace().getFrames().get(0);
        inNative.merge(threadName(e) + " in " + f.getMethod().getType().getName() + "." + f.getMethod().getName(), 1, Integer::sum);
        continue;
      }
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      samples++;
      threads.merge(threadName(e), 1, Integer::sum);
      List<RecordedFrame> frames = e.getStackTrace().getFrames();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < frames.size(); i++) {
        String m = frames.get(i).getMethod().getType().getName() + "." + frames.get(i).getMethod().getName();
        if (i == 0) {
          self.merge(m, 1, Integer::sum);
        }
        if (seen.add(m)) {
          inclusive.merge(m, 1, Integer::sum);
        }
      }
    }
    System.out.printf("%,d execution samples (truncated stacks count only their top frames)%n", samples);
    System.out.printf("gc: %d collections, pauses %.1f ms in all, the longest %.1f ms%n",
        collections, pauseNanos / 1e6, longestPauseNanos / 1e6);
    print("threads", threads, samples, 10);
    print("inclusive", inclusive, samples, top);
    print("self", self, samples, top);
    System.out.printf("%,d native-method samples (threads in native code, e.g. waiting for a file sync)%n", nativeSamples);
    print("native", inNative, nativeSamples, 12);
  }

  // Pool threads share a name up to their number: http-nio-...-exec-7 counts as exec-N.
  private static String threadName(RecordedEvent e) {
    String thread = e.getThread("sampledThread") == null ? "?" : String.valueOf(e.getThread("sampledThread").getJavaName());
    return thread.replaceAll("\\d+$", "N");
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println(title + ":");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }
}
