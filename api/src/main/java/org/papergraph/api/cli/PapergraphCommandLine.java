package org.papergraph.api.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.papergraph.api.config.ExtractionProperties;
import org.papergraph.api.config.GraphProperties;
import org.papergraph.api.config.PapergraphSettings;
import org.papergraph.api.config.ReferenceProperties;
import org.papergraph.core.Iris;
import org.papergraph.core.describe.VoidStatistics;
import org.papergraph.core.feed.ChangeJournal;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.store.StoreArchive;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.ingest.run.IngestPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.convert.ConversionFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code papergraph ingest FILE...} and friends. Without a command the jar
 * starts the server instead.
 *
 * <p>The commands open the store and run the ingest themselves, without the server's Spring
 * context; they read the server's {@code papergraph.*} settings as the server binds them (see
 * {@link PapergraphSettings}), with the server's defaults, so both work on the same store and
 * mint the same IRIs.
 */
@Command(
    name = "papergraph",
    mixinStandardHelpOptions = true,
    versionProvider = PapergraphCommandLine.Version.class,
    description = "Papergraph: a linked-data knowledge graph of research papers. Without a command, starts the server.",
    subcommands = {IngestCommand.class, EmbedCommand.class, ValidateCommand.class, ExportCommand.class, RestoreCommand.class, CompactCommand.class, SyncCommand.class, ReleaseCommand.class, CommandLine.HelpCommand.class})
public final class PapergraphCommandLine {
  static final int EXIT_OK = 0;
  static final int EXIT_REJECTS = 1;
  static final int EXIT_USAGE = 2;
  private static final Set<String> COMMANDS = Set.of("ingest", "embed", "validate", "export", "restore", "compact", "sync", "release", "help", "--help", "-h", "--version", "-V");

  @Option(names = "--store", paramLabel = "KIND", description = "tdb2 or memory (default: papergraph.store.kind, " + StoreConfig.DEFAULT_KIND + ")")
  String storeKind;

  @Option(names = "--location", paramLabel = "DIR", description = "the TDB2 directory (default: papergraph.store.location, " + StoreConfig.DEFAULT_LOCATION + ")")
  Path location;

  @Option(names = "--base-iri", paramLabel = "IRI", description = "base of minted IRIs (default: papergraph.graph.base-iri)")
  String baseIri;

  /** The settings the store options stand for, which the server reads. */
  private static final Map<String, String> SERVER_SETTINGS =
      Map.of("--store", "papergraph.store.kind", "--location", "papergraph.store.location", "--base-iri", "papergraph.graph.base-iri");
  /** The options that take a value: the store options, before a command or alone. */
  private static final Set<String> OPTIONS_WITH_VALUE = SERVER_SETTINGS.keySet();

  /**
   * The server's arguments: the store options the commands take ({@code --location DIR}) as the
   * settings they stand for ({@code --papergraph.store.location=DIR}), which is what the server
   * reads; Spring Boot would otherwise pass over them, and the server open another store than the
   * one named. Every other argument is kept as it is.
   *
   * @throws UsageException when an option has no value
   */
  public static String[] serverArguments(String[] args) {
    java.util.List<String> out = new java.util.ArrayList<>(args.length);
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      int eq = a.indexOf('=');
      String setting = SERVER_SETTINGS.get(eq < 0 ? a : a.substring(0, eq));
      if (setting == null) {
        out.add(a);
        continue;
      }
      String value;
      if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        value = args[++i];
      } else {
        throw new UsageException(a + " needs a value: " + a + " " + (a.equals("--store") ? "tdb2" : a.equals("--location") ? "DIR" : "IRI"));
      }
      out.add("--" + setting + "=" + value);
    }
    return out.toArray(String[]::new);
  }

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
    PapergraphSettings settings = settings();
    GraphStore store = GraphStores.open(storeConfig(settings));
    ChangeJournal.attach(store, iris(settings));
    return store;
  }

  /**
   * Has a local store keep its VoID statistics exact in every write ({@link VoidStatistics});
   * false for a remote store, whose description is counted after the writes instead.
   */
  boolean maintainStatistics(GraphStore store) {
    return VoidStatistics.maintain(store, iris(settings()));
  }

  /**
   * The server's settings in this process, bound as the server binds them, with the options
   * given in their place.
   */
  PapergraphSettings settings() {
    return settings(System.getProperties(), System.getenv());
  }

  PapergraphSettings settings(Map<?, ?> systemProperties, Map<String, String> environment) {
    Map<String, String> options = new LinkedHashMap<>();
    if (storeKind != null) {
      options.put(PapergraphSettings.STORE_PREFIX + ".kind", storeKind);
    }
    if (location != null) {
      options.put(PapergraphSettings.STORE_PREFIX + ".location", location.toString());
    }
    if (baseIri != null) {
      options.put("papergraph.graph.base-iri", baseIri);
    }
    return PapergraphSettings.outsideSpring(systemProperties, environment, options);
  }

  StoreConfig storeConfig(PapergraphSettings settings) {
    return bound(settings::store);
  }

  Iris iris(PapergraphSettings settings) {
    String base = bound(() -> settings.bind(GraphProperties.class)).baseIri();
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
    PipelineSettings p = ingestPipelineSettings(settings());
    return PapergraphSettings.ingestPipeline(store, p.iris(), p.extract(), p.reference());
  }

  /** The settings an ingest is built from. */
  record PipelineSettings(Iris iris, ExtractionProperties extract, ReferenceProperties reference) {}

  PipelineSettings ingestPipelineSettings(PapergraphSettings settings) {
    return new PipelineSettings(iris(settings), bound(() -> settings.bind(ExtractionProperties.class)),
        bound(() -> settings.bind(ReferenceProperties.class)));
  }

  /** What binding the settings gives, or a usage error saying which setting is wrong and why. */
  private static <T> T bound(Supplier<T> binding) {
    try {
      return binding.get();
    } catch (BindException e) {
      throw new UsageException(describe(e));
    }
  }

  static String describe(BindException e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String why = root.getMessage();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConversionFailedException c && c.getTargetType().getType().isEnum()) {
        why = "use " + String.join(", ", Arrays.stream(c.getTargetType().getType().getEnumConstants())
            .map(k -> k.toString().toLowerCase(Locale.ROOT)).toList());
      }
    }
    ConfigurationProperty p = e.getProperty();
    if (p == null) {
      return "cannot open the store: " + why;
    }
    return p.getName() + " is '" + p.getValue() + "'" + (p.getOrigin() == null ? "" : " (" + p.getOrigin() + ")") + ": " + why;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"papergraph " + org.papergraph.core.Software.version()};
    }
  }
}
