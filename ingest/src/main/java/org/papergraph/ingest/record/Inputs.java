package org.papergraph.ingest.record;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens input files as UTF-8 text, gzip or not, without failing on bytes that are not UTF-8. */
public final class Inputs {
  private Inputs() {}

  /** Opens a file, un-gzipping it when its first bytes say it is gzip. */
  public static BufferedReader open(Path file) throws IOException {
    return reader(Files.newInputStream(file));
  }

  /** Wraps a stream, un-gzipping it when its first bytes say it is gzip. */
  public static BufferedReader reader(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    InputStream body = isGzip(in) ? new GZIPInputStream(in, 1 << 16) : in;
    // Malformed bytes become U+FFFD, which the readers report as unreadable input.
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(body, decoder), 1 << 16);
  }

  /**
   * Checks that {@code file}, un-gzipped when it is gzip, holds at most {@code maxBytes}: a small
   * gzip body can inflate to gigabytes. A plain file is judged by its size; a gzip file is
   * inflated once, without decoding, and no further than the limit.
   *
   * @throws InputTooLargeException past the limit
   */
  public static void requireWithinLimit(Path file, long maxBytes) throws IOException {
    try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      if (!isGzip(in)) {
        if (Files.size(file) > maxBytes) {
          throw new InputTooLargeException(maxBytes);
        }
        return;
      }
      new Bounded(new GZIPInputStream(in, 1 << 16), maxBytes).transferTo(OutputStream.nullOutputStream());
    }
  }

  /** Whether the stream's first bytes are gzip's magic number; the stream is left where it was. */
  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == 0x1f && b2 == 0x8b;
  }

  /** Thrown when un-gzipped input goes past its limit. */
  public static final class InputTooLargeException extends RuntimeException {
    InputTooLargeException(long maxBytes) {
      super("the body un-gzips to more than the limit of " + maxBytes + " bytes");
    }
  }

  private static final class Bounded extends FilterInputStream {
    private final long maxBytes;
    private long count;

    Bounded(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(int n) {
      count += n;
      if (count > maxBytes) {
        throw new InputTooLargeException(maxBytes);
      }
    }
  }
}
