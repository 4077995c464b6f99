package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Compacts a TDB2 store: TDB2 never reuses the space of deleted or replaced quads, so a store
 * whose records are replaced (every re-ingest of a changed record, every VoID update) only grows.
 * Compaction copies the live data into a new generation directory ({@code Data-000N+1}) and
 * deletes the old one.
 *
 * <p>The full-text index needs nothing: Lucene keys its documents by subject IRI, graph IRI and
 * the literal itself, never by TDB2's internal node ids, and compaction changes no quad, so the
 * index matches the compacted data as it matched the old. What must not happen is compaction
 * under an open text-indexed dataset (the known pitfall: the wrapper goes on writing through the
 * generation that was swapped out); it runs here on the bare TDB2 dataset, with no store open,
 * and the store is opened afresh afterwards.
 */
public final class Tdb2Compaction {
  /**
   * What a compaction did.
   *
   * @param bytesBefore the size of the TDB2 directory before
   * @param bytesAfter its size after
   */
  public record Result(long bytesBefore, long bytesAfter) {}

  private Tdb2Compaction() {}

  /**
   * Compacts the TDB2 store in {@code location}, which no store in this process may have open
   * (TDB2's lock file keeps other processes out).
   */
  public static Result compact(Path location) {
    if (!Files.isDirectory(location) || !Files.exists(location.resolve("tdb.lock")) && !hasGeneration(location)) {
      throw new IllegalArgumentException("no TDB2 store in " + location);
    }
    long before = size(location);
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(location.toString());
    try {
      DatabaseMgr.compact(dsg, true);
    } finally {
      // As the store's own close does: a later open in this JVM must get a fresh connection.
      TDBInternal.expel(dsg);
    }
    return new Result(before, size(location));
  }

  private static boolean hasGeneration(Path location) {
    try (Stream<Path> files = Files.list(location)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + location, e);
    }
  }

  /** The bytes of all files under {@code dir}. */
  public static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          // A file deleted while walking takes no space.
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException("could not measure " + dir, e);
    }
  }
}
