package org.papergraph.core.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.papergraph.core.Iris;
import org.papergraph.core.vocab.Vocabularies;

/**
 * Export of the whole store as gzip-compressed N-Quads or TriG, and restore from such a file.
 * Both stream: memory stays flat however large the store.
 */
public final class StoreArchive {
  /** The archive formats. */
  public enum Format {
    /** gzip N-Quads: one quad per line, the plainest to process with other tools. */
    NQUADS(RDFFormat.NQUADS_UTF8, Lang.NQUADS, ".nq.gz"),
    /** gzip TriG, written graph by graph with the standard prefixes. */
    TRIG(RDFFormat.TRIG_BLOCKS, Lang.TRIG, ".trig.gz");

    private final RDFFormat writeFormat;
    private final Lang lang;
    private final String extension;

    Format(RDFFormat writeFormat, Lang lang, String extension) {
      this.writeFormat = writeFormat;
      this.lang = lang;
      this.extension = extension;
    }

    /** The usual file name ending, e.g. {@code .nq.gz}. */
    public String extension() {
      return extension;
    }

    /** The format a file name ends with ({@code .nq}, {@code .nq.gz}, {@code .trig}, {@code .trig.gz}). */
    public static Format ofFileName(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".nq") || n.endsWith(".nq.gz")) {
        return NQUADS;
      }
      if (n.endsWith(".trig") || n.endsWith(".trig.gz")) {
        return TRIG;
      }
      throw new IllegalArgumentException(
          "cannot tell the archive format of '" + name + "': use a name ending .nq.gz or .trig.gz");
    }
  }

  private StoreArchive() {}

  /**
   * Writes every named graph of {@code store} but the change feed's journal to {@code out},
   * gzip-compressed; {@code out} stays open.
   */
  public static void export(GraphStore store, OutputStream out, Format format) {
    try {
      GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
      StreamRDF writer = StreamRDFWriter.getWriterStream(gzip, format.writeFormat);
      store.exportQuads(
          new StreamRDFWrapper(writer) {
            @Override
            public void start() {
              super.start();
              if (format == Format.TRIG) {
                StreamRDFOps.sendPrefixesToStream(Vocabularies.prefixes(), writer);
              }
            }

            // The reserved graphs are the server's bookkeeping, not data: a restored store
            // starts a feed of its own, and a store restored from a mirror's archive follows no
            // feed until told where to start.
            @Override
            public void quad(Quad quad) {
              if (!Iris.isReserved(quad.getGraph().getURI())) {
                super.quad(quad);
              }
            }
          });
      gzip.finish();
      gzip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the archive", e);
    }
  }

  /**
   * Loads an archive (gzip-compressed or not) into {@code store}, which must hold no named
   * graph: a restore gives back the dataset that was exported, not a merge.
   */
  public static void restore(GraphStore store, InputStream in, Format format) {
    if (!store.listGraphs().isEmpty()) {
      throw new IllegalStateException(
          "restore needs an empty store; this one holds " + store.listGraphs().size() + " named graphs");
    }
    InputStream body = ungzipped(in);
    store.importQuads(sink -> RDFParser.source(body).lang(format.lang).parse(sink));
  }

  private static InputStream ungzipped(InputStream raw) {
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      int b1 = in.read();
      int b2 = in.read();
      in.reset();
      return (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in, 1 << 16) : in;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the archive", e);
    }
  }
}
