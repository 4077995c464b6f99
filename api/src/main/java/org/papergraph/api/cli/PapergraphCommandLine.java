package org.papergraph.api.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.papergraph.api.PapergraphApplication;
import org.papergraph.core.store.StoreArchive;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code papergraph ingest FILE...} and friends. Without a command the jar
 * starts the server instead.
 */
@Command(
    name = "papergraph",
    mixinStandardHelpOptions = true,
    versionProvider = PapergraphCommandLine.Version.class,
    description = "Papergraph: a linked-data knowledge graph of research papers. Without a command, starts the server.",
    subcommands = {IngestCommand.class, ValidateCommand.class, ExportCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class PapergraphCommandLine {
  static final int EXIT_OK = 0;
  static final int EXIT_REJECTS = 1;
  static final int EXIT_USAGE = 2;
  private static final Set<String> COMMANDS = Set.of("ingest", "validate", "export", "restore", "help", "--help", "-h", "--version", "-V");
  private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--store", "--location", "--base-iri");

  @Option(names = "--store", paramLabel = "KIND", description = "tdb2 or memory (default: papergraph.store.kind, tdb2)")
  String storeKind;

  @Option(names = "--location", paramLabel = "DIR", description = "the TDB2 directory (default: papergraph.store.location, ./data/tdb2)")
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
    return new CommandLine(new PapergraphCommandLine()).execute(args);
  }

  /** Runs the command line writing to the given streams, for embedding and tests. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return new CommandLine(new PapergraphCommandLine()).setOut(out).setErr(err).execute(args);
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
   * A Spring context without web server, seed loading or background VoID refresh: just the store
   * and the ingest.
   */
  ConfigurableApplicationContext storeContext() {
    List<String> props = new ArrayList<>(List.of(
        "--papergraph.seeds.enabled=false",
        "--papergraph.reference.load-on-start=false",
        "--papergraph.linked-data.background-void-refresh=false",
        "--logging.level.root=WARN",
        "--spring.main.log-startup-info=false"));
    if (storeKind != null) {
      props.add("--papergraph.store.kind=" + storeKind);
    }
    if (location != null) {
      props.add("--papergraph.store.location=" + location);
    }
    if (baseIri != null) {
      props.add("--papergraph.graph.base-iri=" + baseIri);
    }
    return new SpringApplicationBuilder(PapergraphApplication.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .run(props.toArray(String[]::new));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"papergraph " + org.papergraph.core.Software.version()};
    }
  }
}
