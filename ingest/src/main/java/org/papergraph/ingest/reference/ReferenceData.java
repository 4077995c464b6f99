package org.papergraph.ingest.reference;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.papergraph.ingest.extract.topic.TopicReference;
import org.papergraph.ingest.extract.venue.VenueRegistry;

/**
 * The reference data the extractors share: the topic schemes and the venue registry.
 *
 * <p>Parsing their sources (the CSO archive, the Papers with Code JSON, the Turtle scheme, some
 * 350 YAML files and the TSV registries) is most of what a short command does, and the result is
 * the same on every start. So the api build parses them once ({@link #main}, in its
 * {@code process-classes} phase) and puts the result beside the sources in the jar, as
 * {@value #COMPACT_RESOURCE}, a compact binary form that reads back in a small part of the time.
 * The build writes it from the sources every time and nobody commits it, so it cannot fall
 * behind them; a test compares it with a fresh parse.
 */
public record ReferenceData(TopicReference topics, VenueRegistry venues) {
  /** Where a jar built like the api's carries the compact form. */
  public static final String COMPACT_RESOURCE = "seeds/reference-data.bin";
  /** "PGRD": a file of another kind is refused at once. */
  private static final int MAGIC = 0x50475244;
  /** Raised whenever the encoding changes: a file from another version is refused, not misread. */
  static final int FORMAT = 3;

  public ReferenceData {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(venues, "venues");
  }

  /** Parses the sources in a seeds folder (the one that holds {@code reference/}). */
  public static ReferenceData parse(Path seedsDir) throws IOException {
    return new ReferenceData(TopicReference.load(seedsDir), VenueRegistry.load(seedsDir.resolve("reference")));
  }

  /** Parses the sources a jar carries under {@code seeds/} on the class path of {@code loader}. */
  public static ReferenceData parseClasspath(ClassLoader loader) throws IOException {
    return new ReferenceData(TopicReference.fromClasspath(loader, "seeds/"), VenueRegistry.fromClasspath(loader, VenueRegistry.CLASSPATH_ROOT));
  }

  /**
   * The reference data on the class path of {@code loader}: the compact form where the jar
   * carries it, else parsed from the sources (a class path the api build did not make, such as a
   * module's tests).
   */
  public static ReferenceData bundled(ClassLoader loader) throws IOException {
    InputStream compact = loader.getResourceAsStream(COMPACT_RESOURCE);
    if (compact == null) {
      return parseClasspath(loader);
    }
    try (compact) {
      return readCompact(compact, "classpath:" + COMPACT_RESOURCE);
    }
  }

  /** Writes the compact form that {@link #readCompact} reads. */
  public void writeCompact(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    data.writeInt(MAGIC);
    data.writeInt(FORMAT);
    topics.writeTo(data);
    venues.writeTo(data);
    data.writeInt(MAGIC);
    data.flush();
  }

  /**
   * Reads the compact form.
   *
   * @param sourceName where it comes from, for the error message
   * @throws IOException when it is not a compact form of this version, or is cut short or corrupt
   */
  public static ReferenceData readCompact(InputStream in, String sourceName) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    try {
      int magic = data.readInt();
      if (magic != MAGIC) {
        throw new IOException("not Papergraph's compact reference data");
      }
      int format = data.readInt();
      if (format != FORMAT) {
        throw new IOException("written in format " + format + ", this version reads format " + FORMAT + " only; rebuild the jar");
      }
      ReferenceData read = new ReferenceData(TopicReference.readFrom(data), VenueRegistry.readFrom(data));
      if (data.readInt() != MAGIC || data.read() != -1) {
        throw new IOException("corrupt data: it does not end where the reference data ends");
      }
      return read;
    } catch (EOFException e) {
      throw new IOException(sourceName + ": cut short", e);
    } catch (IOException | RuntimeException e) {
      throw new IOException(sourceName + ": " + e.getMessage(), e);
    }
  }

  /**
   * The build step: {@code ReferenceData SEEDS_DIR OUT_FILE} parses the sources in
   * {@code SEEDS_DIR} and writes their compact form to {@code OUT_FILE}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ReferenceData SEEDS_DIR OUT_FILE");
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    ReferenceData data = parse(Path.of(args[0]));
    try (OutputStream file = Files.newOutputStream(out)) {
      data.writeCompact(file);
    }
  }
}
