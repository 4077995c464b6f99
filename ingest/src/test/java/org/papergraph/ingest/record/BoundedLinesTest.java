package org.papergraph.ingest.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

  static List<String> lines(String text, int max) throws IOException {
    BoundedLines in = new BoundedLines(new StringReader(text), max);
    List<String> out = new ArrayList<>();
    for (String l = in.next(); l != null; l = in.next()) {
      out.add(in.tooLong() ? "<" + in.length() + ">" : l);
    }
    return out;
  }

  @Test
  void endsLinesAsBufferedReaderDoes() throws IOException {
    assertThat(lines("a\nb\r\nc\rd", 10)).containsExactly("a", "b", "c", "d");
    assertThat(lines("a\n\n\r\n\r", 10)).containsExactly("a", "", "", "");
    assertThat(lines("", 10)).isEmpty();
    assertThat(lines("\n", 10)).containsExactly("");
  }

  @Test
  void aLineOverTheLimitIsCountedNotKept() throws IOException {
    assertThat(lines("short\n" + "y".repeat(25) + "\r\nafter", 10)).containsExactly("short", "<25>", "after");
    assertThat(lines("y".repeat(10) + "\n", 10)).containsExactly("y".repeat(10));
  }

  @Test
  void anEndlessLineIsSkippedInBoundedMemory() throws IOException {
    // 3 * 2^30 characters: more than a String can hold, so keeping the line could never work.
    long size = 3L << 30;
    Reader endless = new Reader() {
      long left = size;

      @Override
      public int read(char[] buf, int off, int len) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(buf, off, off + n, 'z');
        left -= n;
        return n;
      }

      @Override
      public void close() {}
    };
    BoundedLines in = new BoundedLines(endless, 1 << 20);
    assertThat(in.next()).hasSize(1 << 20);
    assertThat(in.tooLong()).isTrue();
    assertThat(in.length()).isEqualTo(size);
    assertThat(in.next()).isNull();
  }
}
