package org.papergraph.ingest.record;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines as {@link java.io.BufferedReader#readLine()} does (ends {@code \n}, {@code \r} or
 * {@code \r\n}), but keeps at most {@code maxChars} characters of a line: the rest of a longer
 * line is counted and skipped, so one endless line (a gzip body of one repeated byte, say) cannot
 * fill the heap.
 */
final class BoundedLines {
  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[1 << 13];
  private int pos;
  private int end;
  private boolean skipLf;
  private long length;

  BoundedLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * The next line without its end, or null at the end of input. A line over the limit comes back
   * cut to the limit; {@link #tooLong()} then says so and {@link #length()} gives its full length.
   */
  String next() throws IOException {
    StringBuilder line = null;
    length = 0;
    while (true) {
      if (pos >= end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return line == null ? null : line.toString();
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      if (line == null) {
        line = new StringBuilder(Math.min(end - pos, 256));
      }
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      keep(line, start, pos);
      if (pos < end) {
        skipLf = buf[pos] == '\r';
        pos++;
        return line.toString();
      }
    }
  }

  private void keep(StringBuilder line, int from, int to) {
    int n = to - from;
    long room = maxChars - length;
    if (room > 0) {
      line.append(buf, from, (int) Math.min(n, room));
    }
    length += n;
  }

  /** True when the line {@link #next()} returned last was longer than the limit. */
  boolean tooLong() {
    return length > maxChars;
  }

  /** The full length of the line {@link #next()} returned last, in characters. */
  long length() {
    return length;
  }

  void close() throws IOException {
    in.close();
  }
}
