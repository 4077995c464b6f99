package org.papergraph.ingest.reference;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the default data lives: the {@code seeds/} folder of a checkout, or the copy the api
 * jar carries under {@code seeds/} on its class path. Paths are relative to {@code seeds/},
 * e.g. {@code reference/cso/CSO.3.5.csv.zip}.
 */
public interface SeedFiles {

  /** Opens one file; the caller closes it. */
  InputStream open(String relativePath) throws IOException;

  /** What this is, for messages. */
  String describe();

  static SeedFiles directory(Path seeds) {
    return new SeedFiles() {
      @Override
      public InputStream open(String relativePath) throws IOException {
        return Files.newInputStream(seeds.resolve(relativePath));
      }

      @Override
      public String describe() {
        return seeds.toString();
      }
    };
  }

  static SeedFiles classpath(ClassLoader loader) {
    return new SeedFiles() {
      @Override
      public InputStream open(String relativePath) throws IOException {
        InputStream in = loader.getResourceAsStream("seeds/" + relativePath);
        if (in == null) {
          throw new FileNotFoundException("seeds/" + relativePath + " is not on the class path");
        }
        return in;
      }

      @Override
      public String describe() {
        return "classpath:seeds";
      }
    };
  }
}
