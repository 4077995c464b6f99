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
 * the top of the most stacks (self), as shares of all execution samples.
 *
 * <p>Usage: {@code JfrSummary FILE.jfr [TOP]}
 */
public final class JfrSummary {
  public static void main(String[] args) throws IOException {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      samples++;
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
    print("inclusive", inclusive, samples, top);
    print("self", self, samples, top);
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.println(title + ":");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }
}
