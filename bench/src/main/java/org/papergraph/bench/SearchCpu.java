package org.papergraph.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.TextMatch;

/**
 * The CPU time and allocation of one full-text search in process, on one thread: the store's
 * search for the best 1,000 matches, then where the best 10 papers, topics and venues matched,
 * with their highlights (what {@code /api/search} asks of the store). Thread CPU time moves less
 * with a busy machine's load than a server's latency does; the HTTP layer is not in it.
 *
 * <p>Usage: {@code SearchCpu STOREDIR REPEATED_WORDS_FILE OTHER_WORDS_FILE ROUNDS}: after a warm-up,
 * three passes of ROUNDS times the repeated words (one a line), then one pass over the other words.
 * STOREDIR is a TDB2 store no server holds open, its text index beside it.
 */
public final class SearchCpu {
  private static long checksum;

  private SearchCpu() {}

  public static void main(String[] args) throws IOException {
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<String> repeated = Files.readAllLines(Path.of(args[1]));
    List<String> others = Files.readAllLines(Path.of(args[2]));
    int rounds = Integer.parseInt(args[3]);
    try (GraphStore store = GraphStores.tdb2(Path.of(args[0]))) {
      for (int r = 0; r < 15; r++) {
        repeated.forEach(w -> search(store, w));
      }
      for (int pass = 0; pass < 3; pass++) {
        long cpu = mx.getCurrentThreadCpuTime();
        long bytes = mx.getCurrentThreadAllocatedBytes();
        for (int r = 0; r < rounds; r++) {
          repeated.forEach(w -> search(store, w));
        }
        report("repeated pass=" + pass, rounds * repeated.size(), mx.getCurrentThreadCpuTime() - cpu, mx.getCurrentThreadAllocatedBytes() - bytes);
      }
      long cpu = mx.getCurrentThreadCpuTime();
      long bytes = mx.getCurrentThreadAllocatedBytes();
      others.forEach(w -> search(store, w));
      report("others", others.size(), mx.getCurrentThreadCpuTime() - cpu, mx.getCurrentThreadAllocatedBytes() - bytes);
    }
    // Printed so that the highlights are not optimised away.
    System.out.println("checksum " + checksum);
  }

  private static void report(String what, int searches, long cpuNanos, long bytes) {
    System.out.printf("RESULT search-cpu %s searches=%d cpuMsPerSearch=%.3f allocKbPerSearch=%.0f%n", what, searches,
        cpuNanos / 1e6 / searches, bytes / 1024.0 / searches);
  }

  private static void search(GraphStore store, String words) {
    Map<String, Integer> perType = new HashMap<>();
    List<TextMatch> shown = new ArrayList<>();
    for (TextMatch m : store.searchText(words, 1000, 0)) {
      String s = m.subject();
      String type = s.contains("/id/paper/") ? "paper" : s.contains("/id/topic/") ? "topic" : s.contains("/id/venue/") ? "venue" : null;
      if (type != null && perType.merge(type, 1, Integer::sum) <= 10) {
        shown.add(m);
      }
    }
    TextMatch.readAll(shown);
    for (TextMatch m : shown) {
      checksum += m.highlights().hashCode();
    }
  }
}
