package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directories of stores that keep nothing after they close ({@link StoreKind#MEMORY}): made
 * under the system's temporary directory, deleted when their store closes, and those still there
 * when the JVM exits (a store never closed, as tests leave them) deleted then.
 */
final class ScratchDirectories {
  private static final Logger log = LoggerFactory.getLogger(ScratchDirectories.class);
  private static final Set<Path> open = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> open.forEach(ScratchDirectories::deleteQuietly), "papergraph-scratch-cleanup"));
  }

  private ScratchDirectories() {}

  /** A new empty directory, deleted at the latest when the JVM exits. */
  static Path create() {
    try {
      Path dir = Files.createTempDirectory("papergraph-memory-");
      open.add(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("could not make a directory for a store in memory under " + System.getProperty("java.io.tmpdir"), e);
    }
  }

  /** Deletes {@code dir} and everything in it. */
  static void delete(Path dir) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (NoSuchFileException e) {
      // Deleted already.
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the directory of a closed store in memory, " + dir, e);
    }
    open.remove(dir);
  }

  private static void deleteQuietly(Path dir) {
    try {
      delete(dir);
    } catch (RuntimeException e) {
      log.warn("{}", e.getMessage());
    }
  }
}
