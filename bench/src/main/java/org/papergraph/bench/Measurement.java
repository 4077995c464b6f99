package org.papergraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures of this process: heap pools' peaks and after-GC usage, and the resident set. */
final class Measurement {
  private Measurement() {}

  /** Resets the heap pools' peaks so that the next reading covers only what follows. */
  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since the last reset, in bytes. */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /**
   * The heap in use just after the most recent collection of each pool: the live data, without
   * forcing a GC that would disturb the timing.
   */
  static long heapAfterGcBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage u = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
      if (u != null) {
        sum += u.getUsed();
      }
    }
    return sum;
  }

  /** VmHWM from /proc/self/status: the most resident memory this process ever had, in bytes. */
  static long peakRssBytes() {
    return status("VmHWM:");
  }

  /** VmRSS from /proc/self/status: the resident memory now, in bytes. */
  static long rssBytes() {
    return status("VmRSS:");
  }

  private static long status(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key)) {
          return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  static String mib(long bytes) {
    return bytes < 0 ? "n/a" : String.format("%,d MiB", bytes >> 20);
  }
}
