package org.papergraph.ingest.extract.venue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where the registry files are: a directory ({@code seeds/reference}) or a classpath root (the
 * api jar carries {@code seeds/reference/...}). Both give the same files in the same order.
 */
interface RegistrySource {
  String CCF_DEADLINES = "ccf-deadlines/conference";
  String CCF_RANK = "ccfrank4dblp/ccf_recommended_dblp.tsv";
  String ADDITIONS = "papergraph-venues/venues.tsv";
  String EDITION_ORDINALS = "papergraph-venues/edition-ordinals.tsv";

  /** Paths relative to the root, sorted, of the files under {@code dir} ending in {@code suffix}. */
  List<String> list(String dir, String suffix) throws IOException;

  InputStream open(String relative) throws IOException;

  /** A name for messages: the directory or classpath root. */
  String describe();

  static RegistrySource directory(Path root) {
    return new RegistrySource() {
      @Override
      public List<String> list(String dir, String suffix) throws IOException {
        Path base = root.resolve(dir);
        if (!Files.isDirectory(base)) {
          throw new IOException("venue registry folder not found: " + base);
        }
        try (Stream<Path> files = Files.walk(base)) {
          return files
              .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
        }
      }

      @Override
      public InputStream open(String relative) throws IOException {
        return Files.newInputStream(root.resolve(relative));
      }

      @Override
      public String describe() {
        return root.toString();
      }
    };
  }

  static RegistrySource classpath(ClassLoader loader, String root) {
    String prefix = root.endsWith("/") ? root : root + "/";
    return new RegistrySource() {
      @Override
      public List<String> list(String dir, String suffix) throws IOException {
        URL url = loader.getResource(prefix + dir);
        if (url == null) {
          // A jar without folder entries: find it by a file it must hold.
          url = loader.getResource(prefix + CCF_RANK);
          if (url == null || "file".equals(url.getProtocol())) {
            throw new IOException("venue registry folder not on the classpath: " + prefix + dir);
          }
        }
        List<String> out = new ArrayList<>();
        if ("file".equals(url.getProtocol())) {
          Path base;
          try {
            base = Path.of(url.toURI());
          } catch (URISyntaxException e) {
            throw new IOException("cannot read classpath folder " + url, e);
          }
          try (Stream<Path> files = Files.walk(base)) {
            files
                .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
                .forEach(p -> out.add(dir + "/" + base.relativize(p).toString().replace('\\', '/')));
          }
        } else if (url.openConnection() instanceof JarURLConnection jar) {
          // Works for plain jars and for the nested jars of an executable Spring Boot jar.
          jar.setUseCaches(false);
          try (JarFile file = jar.getJarFile()) {
            String entry = jar.getEntryName();
            String inJar = entry == null ? prefix : entry.substring(0, entry.lastIndexOf(prefix) + prefix.length());
            String folder = inJar + dir + "/";
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
              String name = entries.nextElement().getName();
              if (name.startsWith(folder) && name.endsWith(suffix)) {
                out.add(dir + "/" + name.substring(folder.length()));
              }
            }
          }
        } else {
          throw new IOException("cannot list classpath folder " + url + ": neither a directory nor a jar");
        }
        out.sort(null);
        return out;
      }

      @Override
      public InputStream open(String relative) throws IOException {
        InputStream in = loader.getResourceAsStream(prefix + relative);
        if (in == null) {
          throw new IOException("venue registry file not on the classpath: " + prefix + relative);
        }
        return in;
      }

      @Override
      public String describe() {
        return "classpath:" + prefix;
      }
    };
  }

  static UncheckedIOException unreadable(RegistrySource source, IOException e) {
    return new UncheckedIOException("cannot read the venue registry from " + source.describe() + ": " + e.getMessage(), e);
  }
}
