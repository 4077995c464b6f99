package org.papergraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used so far (user + system, all its threads, live and ended), from
 * Linux's {@code /proc/PID/stat}: for comparing servers by CPU per request, which moves less with
 * the machine's load than wall time does.
 */
final class ProcessCpu {
  private final Path stat;
  private final long ticksPerSecond;

  ProcessCpu(long pid) {
    this.stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.isReadable(stat)) {
      throw new IllegalArgumentException("no process " + pid + " to measure (" + stat + " is not readable)");
    }
    this.ticksPerSecond = clockTicks();
  }

  /** User plus system CPU time so far, in milliseconds (resolution one clock tick, 10 ms on Linux). */
  double millis() {
    try {
      return parseTicks(Files.readString(stat)) * 1000.0 / ticksPerSecond;
    } catch (IOException e) {
      throw new IllegalStateException("could not read " + stat, e);
    }
  }

  /**
   * utime + stime of a {@code /proc/PID/stat} line: fields 14 and 15, counted after the command
   * name, which is in parentheses and may itself contain spaces and parentheses.
   */
  static long parseTicks(String line) {
    int close = line.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc/PID/stat line: " + line);
    }
    // After ") ": field 3 (state) is at index 0, so utime (14) is at 11 and stime (15) at 12.
    String[] f = line.substring(close + 2).trim().split(" +");
    if (f.length < 13) {
      throw new IllegalArgumentException("a /proc/PID/stat line with " + (f.length + 2) + " fields, expected at least 15: " + line);
    }
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  private static long clockTicks() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      p.waitFor();
      return Long.parseLong(out);
    } catch (IOException | NumberFormatException e) {
      return 100; // the kernel's USER_HZ on every Linux this runs on
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
