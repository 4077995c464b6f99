package org.papergraph.ingest.record;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    InputStream body = (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in, 1 << 16) : in;
    // Malformed bytes become U+FFFD, which the readers report as unreadable input.
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new BufferedReader(new InputStreamReader(body, decoder), 1 << 16);
  }
}
