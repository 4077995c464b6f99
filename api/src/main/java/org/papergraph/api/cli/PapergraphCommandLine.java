package org.papergraph.api.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.papergraph.api.cli.Settings.UsageException;
import org.papergraph.core.Iris;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.RemoteDialect;
import org.papergraph.core.store.StoreArchive;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import org.papergraph.ingest.run.IngestPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code papergraph ingest FILE...} and friends. Without a command the jar
 * starts the server instead.
 *
 * <p>The commands open the store and run the ingest themselves, without the server's Spring
 * context; they read the server's {@code papergraph.*} settings (see {@link Settings}), with the
 * server's defaults, so both work on the same store and mint the same IRIs.
 */
@Command(
    name = "papergraph",
    mixinStandardHelpOptions = true,
    versionProvider = PapergraphCommandLine.Version.class,
    description = "Papergraph: a linked-data knowledge graph of research papers. Without a command, starts the server.",
    subcommands = {IngestCommand.class, ValidateCommand.class, ExportCommand.class, RestoreCommand.class, SyncCommand.class, ReleaseCommand.class, CommandLine.HelpCommand.class})
public final class PapergraphCommandLine {
  static final int EXIT_OK = 0;
  static final int EXIT_REJECTS = 1;
  static final int EXIT_USAGE = 2;
  private static final Set<String> COMMANDS = Set.of("ingest", "validate", "export", "restore", "sync", "release", "help", "--help", "-h", "--version", "-V");
  private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--store", "--location", "--base-iri");

  @Option(names = "--store", paramLabel = "KIND", description = "tdb2 or memory (default: papergraph.store.kind, " + StoreConfig.DEFAULT_KIND + ")")
  String storeKind;

  @Option(names = "--location", paramLabel = "DIR", description = "the TDB2 directory (default: papergraph.store.location, " + StoreConfig.DEFAULT_LOCATION + ")")
  Path location;

  @Option(names = "--base-iri", paramLabel = "IRI", description = "base of minted IRIs (default: papergraph.graph.base-iri)")
  String baseIri;

  /** True when the arguments name a command rather than server options. */
  public static boolean handles(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (COMMANDS.contains(a)) {
        return true;
      }
      if (OPTIONS_WITH_VALUE.contains(a)) {
        i++;
      } else if (!a.startsWith("-")) {
        return false;
      }
    }
    return false;
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String[] args) {
    return execute(commandLine(), args);
  }

  /** Runs the command line writing to the given streams, for embedding and tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return execute(commandLine().setOut(out).setErr(err), args);
  }

  private static CommandLine commandLine() {
    return new CommandLine(new PapergraphCommandLine())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof UsageException) {
            cmd.getErr().println(e.getMessage());
            return EXIT_USAGE;
          }
          throw e;
        });
  }

  private static int execute(CommandLine cli, String[] args) {
    quietLogging();
    return cli.execute(args);
  }

  /** Only warnings and errors: the output is the commands' own, as it was under the server's settings. */
  private static void quietLogging() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
    }
  }

  /**
   * The archive format a file name implies, or null after telling the user on {@code err} that
   * the name has no known ending.
   */
  static StoreArchive.Format archiveFormat(Path file, PrintWriter err) {
    try {
      return StoreArchive.Format.ofFileName(file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return null;
    }
  }

  /**
   * Opens the store the options and settings name, journaling its writes for the change feed as
   * the server does; the caller closes it.
   */
  GraphStore openStore() {
    Settings settings = Settings.fromProcess();
    GraphStore store = GraphStores.open(storeConfig(settings));
    ChangeJournal.attach(store, iris(settings));
    return store;
  }

  StoreConfig storeConfig(Settings settings) {
    String kindName = storeKind != null ? storeKind : settings.get("papergraph.store.kind").orElse(StoreConfig.DEFAULT_KIND);
    StoreKind kind;
    try {
      kind = StoreKind.valueOf(kindName.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown store kind '" + kindName + "': use tdb2, memory or remote");
    }
    Path dir = location != null ? location : Path.of(settings.get("papergraph.store.location").orElse(StoreConfig.DEFAULT_LOCATION));
    try {
      return new StoreConfig(
          kind,
          dir,
          settings.get("papergraph.store.text-index-location").map(Path::of).orElse(null),
          settings.get("papergraph.store.query-endpoint").map(URI::create).orElse(null),
          settings.get("papergraph.store.update-endpoint").map(URI::create).orElse(null),
          settings.get("papergraph.store.graph-store-endpoint").map(URI::create).orElse(null),
          settings.get("papergraph.store.dialect").map(PapergraphCommandLine::dialect).orElse(null),
          settings.get("papergraph.store.username").orElse(null),
          settings.get("papergraph.store.password").orElse(null));
    } catch (IllegalArgumentException e) {
      throw new UsageException("cannot open the store: " + e.getMessage());
    }
  }

  private static RemoteDialect dialect(String name) {
    try {
      return RemoteDialect.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("unknown papergraph.store.dialect '" + name + "': use standard or virtuoso");
    }
  }

  Iris iris(Settings settings) {
    String base = baseIri != null ? baseIri : settings.get("papergraph.graph.base-iri").orElse(Iris.DEFAULT_BASE);
    try {
      return new Iris(base);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * The ingest the server runs, into {@code store}: the same reference data, extractors and
   * reference graphs, as the {@code papergraph.extract.*} and {@code papergraph.reference.enabled}
   * settings say.
   */
  IngestPipeline ingestPipeline(GraphStore store) throws IOException {
    Settings settings = Settings.fromProcess();
    IngestPipeline.Builder pipeline = IngestPipeline.builder(store)
        .iris(iris(settings))
        .bundledReferenceData(PapergraphCommandLine.class.getClassLoader());
    settings.flag("papergraph.extract.venues").ifPresent(pipeline::extractVenues);
    settings.flag("papergraph.extract.topics").ifPresent(pipeline::extractTopics);
    settings.flag("papergraph.reference.enabled").ifPresent(pipeline::referenceGraphsOnIngest);
    return pipeline.build();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"papergraph " + org.papergraph.core.Software.version()};
    }
  }
}
