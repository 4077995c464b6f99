package org.papergraph.api.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.papergraph.core.describe.DatasetDescription;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.RecordFormat;
import org.papergraph.ingest.run.IngestPipeline;
import org.papergraph.ingest.run.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads paper records and writes each into the store as its own named graph.",
      "Files ending in .jsonl or .json (optionally .gz) are read as arXiv JSON lines, others in the paper record format; gzip is read directly.",
      "Exits with 1 when records were rejected (unless --allow-rejects), 2 on a usage or input error."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand PapergraphCommandLine parent;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "record files to ingest, in order")
  List<Path> files;

  @Option(names = "--format", paramLabel = "FORMAT", description = "record or jsonl, for every FILE (default: from each file's name)")
  String format;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the ingest report as JSON to FILE")
  Path reportFile;

  @Option(names = "--allow-rejects", description = "exit with 0 even when records were rejected")
  boolean allowRejects;

  @Option(names = "--bulk", description = {
      "load through TDB2's bulk loader even when the store holds records already (it is used anyway for a file read into a store that holds none);",
      "records the store holds already are then written after the load, one by one"})
  boolean bulk;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "auto (a bar on a terminal, log lines otherwise), bar, log or none; default: ${DEFAULT-VALUE}")
  String progress;

  @Option(names = "--embed",
      description = {"after the records are written, embed the papers lacking a vector (as the embed command does, on every core),",
          "so that a server started on the store has none to catch up; tdb2 stores only"})
  boolean embed;

  @Override
  public Integer call() throws IOException {
    RecordFormat forced = null;
    if (format != null) {
      forced = RecordFormat.byName(format).orElse(null);
      if (forced == null) {
        spec.commandLine().getErr().println("unknown --format '" + format + "': use record or jsonl");
        return PapergraphCommandLine.EXIT_USAGE;
      }
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        spec.commandLine().getErr().println("cannot read " + f + ": no such readable file");
        return PapergraphCommandLine.EXIT_USAGE;
      }
    }
    StoreConfig config = parent.storeConfig(parent.settings());
    if (embed && config.kind() != StoreKind.TDB2) {
      spec.commandLine().getErr().println("--embed: vectors are kept on disk for a tdb2 store only, not a "
          + config.kind().name().toLowerCase(java.util.Locale.ROOT) + " store");
      return PapergraphCommandLine.EXIT_USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<IngestReport> reports = new ArrayList<>();
    long rejected = 0;
    try (GraphStore store = parent.openStore(); IngestPipeline pipeline = parent.ingestPipeline(store)) {
      boolean maintained = parent.maintainStatistics(store);
      if (bulk && !pipeline.canBulkLoad()) {
        spec.commandLine().getErr().println("--bulk needs a TDB2 store: a " + store.kind().name().toLowerCase(java.util.Locale.ROOT) + " store has no bulk loader");
        return PapergraphCommandLine.EXIT_USAGE;
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        RecordFormat fmt = forced != null ? forced : RecordFormat.fromFileName(name);
        IngestReport report;
        try (InputStream raw = Files.newInputStream(f);
            CountingInputStream counting = new CountingInputStream(raw);
            BufferedReader reader = Inputs.reader(counting);
            IngestProgress bar = IngestProgress.create(progress, name, Files.size(f), counting, System.err)) {
          // An empty store takes the bulk path without being asked: every record is new to it.
          report = bulk || (pipeline.canBulkLoad() && pipeline.storeHoldsNoRecords())
              ? pipeline.bulkIngest(reader, name, fmt, bar)
              : pipeline.ingest(reader, name, fmt, bar);
        }
        reports.add(report);
        rejected += report.rejected();
        out.print(name + ": " + report.toText());
        out.flush();
      }
      if (!maintained) {
        // A remote store: once for all the files, since the VoID statistics scan the whole store.
        long t0 = System.nanoTime();
        new DatasetDescription(store, pipeline.iris()).refresh();
        out.printf("VoID description refreshed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        out.flush();
      }
      if (embed) {
        EmbedCommand.embed(store, config, Runtime.getRuntime().availableProcessors(), EmbedCommand.topicCheck(parent), pipeline.heldBackMatches(), progress, out);
      }
    }
    if (reportFile != null) {
      String json = reports.size() == 1 ? reports.get(0).toJson()
          : "[" + String.join(",", reports.stream().map(IngestReport::toJson).toList()) + "]";
      Files.writeString(reportFile, json, StandardCharsets.UTF_8);
    }
    return rejected > 0 && !allowRejects ? PapergraphCommandLine.EXIT_REJECTS : PapergraphCommandLine.EXIT_OK;
  }
}
