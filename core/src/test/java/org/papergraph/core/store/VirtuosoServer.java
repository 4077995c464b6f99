package org.papergraph.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An OpenLink Virtuoso (open source, 7.x) started for a test as a child process, with a database
 * of its own in a temporary directory and both listeners (SQL and HTTP) on free loopback ports.
 * It is set up with the script of the README's Virtuoso recipe, read from the README itself: a
 * user of its own with the {@code SPARQL_UPDATE} role, who writes through the digest-protected
 * {@code /sparql-auth}, and Virtuoso's own graphs made private.
 *
 * <p>Found as {@code virtuoso-t} (Debian package {@code virtuoso-opensource}) on the PATH or in
 * {@code /usr/bin}, or where {@code PAPERGRAPH_VIRTUOSO_HOME} says ({@code bin/virtuoso-t} and
 * {@code bin/isql} below it).
 */
public final class VirtuosoServer implements AutoCloseable {
  /** With this environment variable set to true, a missing Virtuoso fails the tests instead of skipping them. */
  public static final String REQUIRE_ENV = "PAPERGRAPH_REQUIRE_VIRTUOSO";
  public static final String USER = "papergraph";
  public static final String PASSWORD = "papergraph-test-secret";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  // What the README's script says where a real server has its own values.
  private static final String README_SCRIPT = "papergraph-virtuoso.sql";
  private static final String README_PASSWORD = "change-me";
  private static final String README_HOST = "localhost:8890";

  private final Process process;
  private final Path directory;
  private final int httpPort;
  private final int sqlPort;
  private final Path isql;

  private VirtuosoServer(Process process, Path directory, int httpPort, int sqlPort, Path isql) {
    this.process = process;
    this.directory = directory;
    this.httpPort = httpPort;
    this.sqlPort = sqlPort;
    this.isql = isql;
  }

  /** The server binary and its SQL client, when installed. */
  public record Installation(Path server, Path isql) {}

  public static Optional<Installation> installation() {
    String home = System.getenv("PAPERGRAPH_VIRTUOSO_HOME");
    if (home != null && !home.isBlank()) {
      Path bin = Path.of(home, "bin");
      return executable(bin.resolve("virtuoso-t"))
          .flatMap(server -> executable(bin.resolve("isql")).map(isql -> new Installation(server, isql)));
    }
    // Debian renames the SQL client isql-vt, beside unixODBC's isql.
    return onPath("virtuoso-t").flatMap(server -> onPath("isql-vt").map(isql -> new Installation(server, isql)));
  }

  /** Why the Virtuoso tests cannot run here, for a skip message. */
  public static String notInstalledReason() {
    return "Virtuoso is not installed (no virtuoso-t and isql-vt on the PATH or in /usr/bin, and no"
        + " PAPERGRAPH_VIRTUOSO_HOME): install the Debian package virtuoso-opensource to run the"
        + " remote-store tests against Virtuoso; set " + REQUIRE_ENV + "=true to make this an error";
  }

  /**
   * Starts a new server on an empty database.
   *
   * @param resultSetMaxRows the server's cap on the rows of one SPARQL answer ({@code
   *     ResultSetMaxRows}); Debian's default configuration says 10000
   */
  public static VirtuosoServer start(int resultSetMaxRows) throws IOException, InterruptedException {
    Installation inst = installation().orElseThrow(() -> new IllegalStateException(notInstalledReason()));
    Path dir = Files.createTempDirectory("papergraph-virtuoso");
    IOException last = null;
    // A free port can be taken by another process between the probe and the server's bind.
    for (int attempt = 0; attempt < 3; attempt++) {
      int sqlPort = freePort();
      int httpPort = freePort();
      Path ini = dir.resolve("virtuoso.ini");
      Files.writeString(ini, ini(dir, sqlPort, httpPort, resultSetMaxRows));
      Process process = new ProcessBuilder(inst.server().toString(), "+foreground", "+configfile", ini.toString())
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("console.log").toFile())
          .start();
      VirtuosoServer server = new VirtuosoServer(process, dir, httpPort, sqlPort, inst.isql());
      try {
        server.awaitHttp();
        Path script = dir.resolve("papergraph-virtuoso.sql");
        Files.writeString(script, readmeSetupScript()
            .replace("'" + README_PASSWORD + "'", "'" + PASSWORD + "'")
            .replace(README_HOST, "localhost:" + httpPort));
        server.sql(script);
        return server;
      } catch (IOException e) {
        last = e;
        server.stopProcess();
        for (String name : new String[] {"virtuoso.db", "virtuoso.trx", "virtuoso.lck", "virtuoso-temp.db", "virtuoso-temp.trx"}) {
          Files.deleteIfExists(dir.resolve(name));
        }
      }
    }
    deleteTree(dir);
    throw last;
  }

  public String base() {
    return "http://localhost:" + httpPort;
  }

  /** The anonymous, read-only SPARQL endpoint. */
  public URI queryEndpoint() {
    return URI.create(base() + "/sparql");
  }

  /** The endpoint that takes updates from a user with the {@code SPARQL_UPDATE} role (digest authentication). */
  public URI updateEndpoint() {
    return URI.create(base() + "/sparql-auth");
  }

  /** The Graph Store Protocol endpoint for that user. */
  public URI graphStoreEndpoint() {
    return URI.create(base() + "/sparql-graph-crud-auth");
  }

  /** That store, searching text in Virtuoso's own index ({@code bif:contains}). */
  public StoreConfig storeConfigWithTextIndex() {
    return storeConfig().withTextSearch(RemoteTextSearch.VIRTUOSO);
  }

  /** The store configuration the README gives for Virtuoso, pointed at this server. */
  public StoreConfig storeConfig() {
    return StoreConfig.remote(queryEndpoint(), updateEndpoint(), graphStoreEndpoint())
        .withDialect(RemoteDialect.VIRTUOSO)
        .withCredentials(USER, PASSWORD);
  }

  @Override
  public void close() {
    stopProcess();
    deleteTree(directory);
  }

  private void stopProcess() {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHttp() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ask = HttpRequest.newBuilder(URI.create(base() + "/sparql?query=ASK%7B%7D"))
        .timeout(Duration.ofSeconds(5))
        .build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("Virtuoso exited with " + process.exitValue() + " while starting: " + consoleTail());
      }
      try {
        if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IOException("Virtuoso did not answer on " + base() + " within " + START_TIMEOUT + ": " + consoleTail());
  }

  /** The repository's root directory: the parent of the module the tests run in. */
  static Path repositoryRoot() {
    return Path.of(System.getProperty("papergraph.it.project-root", ".."));
  }

  /** The SQL script of the README's Virtuoso recipe: the sql block after its file name. */
  static String readmeSetupScript() throws IOException {
    String readme = Files.readString(repositoryRoot().resolve("README.md"));
    int named = readme.indexOf(README_SCRIPT);
    int start = named < 0 ? -1 : readme.indexOf("```sql\n", named);
    if (start < 0) {
      throw new IllegalStateException("README.md has no ```sql block after " + README_SCRIPT);
    }
    start += "```sql\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  /**
   * Brings Virtuoso's free-text index up to date now, as its next batch would: what is written
   * between two batches is not found by {@code bif:contains} until then.
   */
  public void refreshTextIndex() throws IOException, InterruptedException {
    Path script = Files.writeString(directory.resolve("refresh-text-index.sql"), "DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ ();\n");
    sql(script);
  }

  private void sql(Path script) throws IOException, InterruptedException {
    List<String> command = List.of(isql.toString(), "localhost:" + sqlPort, "dba", "dba", script.toString());
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.contains("*** Error")) {
      throw new IOException("Virtuoso's SQL client failed on " + script.getFileName() + ": " + out);
    }
  }

  private String consoleTail() {
    try {
      List<String> lines = Files.readAllLines(directory.resolve("console.log"));
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no console log: " + e.getMessage() + ")";
    }
  }

  private static String ini(Path dir, int sqlPort, int httpPort, int resultSetMaxRows) {
    return """
        [Database]
        DatabaseFile = %1$s/virtuoso.db
        ErrorLogFile = %1$s/virtuoso.log
        LockFile = %1$s/virtuoso.lck
        TransactionFile = %1$s/virtuoso.trx
        xa_persistent_file = %1$s/virtuoso.pxa

        [TempDatabase]
        DatabaseFile = %1$s/virtuoso-temp.db
        TransactionFile = %1$s/virtuoso-temp.trx

        [Parameters]
        ServerPort = 127.0.0.1:%2$d
        DisableUnixSocket = 1
        NumberOfBuffers = 10000
        MaxDirtyBuffers = 6000
        DirsAllowed = .
        ; The README's advice: the scheduler runs the text index's batches, every minute.
        SchedulerInterval = 1

        [HTTPServer]
        ServerPort = 127.0.0.1:%3$d
        ServerRoot = %1$s
        ServerThreads = 10
        Charset = UTF-8

        [URIQA]
        DefaultHost = localhost:%3$d

        [SPARQL]
        ResultSetMaxRows = %4$d
        """.formatted(dir, sqlPort, httpPort, resultSetMaxRows);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static Optional<Path> onPath(String name) {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + java.io.File.pathSeparator + "/usr/bin";
    return Stream.of(path.split(java.io.File.pathSeparator))
        .filter(d -> !d.isBlank())
        .map(d -> Path.of(d, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static Optional<Path> executable(Path p) {
    return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
  }
}
