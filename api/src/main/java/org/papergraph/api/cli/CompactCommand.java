package org.papergraph.api.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import org.papergraph.core.store.Tdb2Compaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    description = {
      "Compacts the TDB2 store: copies its live data into a new generation and deletes the old one, giving back the space of replaced and deleted records.",
      "The server must not be running on the store. The full-text index stays as it is: compaction changes no data, and the index is checked with a search afterwards.",
      "Exits with 2 when the store is not a TDB2 store."
    })
final class CompactCommand implements Callable<Integer> {
  @ParentCommand PapergraphCommandLine parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    StoreConfig config = parent.storeConfig(parent.settings());
    if (config.kind() != StoreKind.TDB2) {
      throw new UsageException("compact works on a TDB2 store, not on " + config.kind().name().toLowerCase(Locale.ROOT));
    }
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    Tdb2Compaction.Result result;
    try {
      result = Tdb2Compaction.compact(config.location());
    } catch (IllegalArgumentException e) {
      throw new UsageException("cannot compact: " + e.getMessage());
    }
    out.printf(Locale.ROOT, "compacted %s in %.1f s: %s before, %s after%n", config.location(), (System.nanoTime() - t0) / 1e9,
        megabytes(result.bytesBefore()), megabytes(result.bytesAfter()));
    // Open it as the server will, which also checks that data and index open together.
    try (GraphStore store = parent.openStore()) {
      out.printf(Locale.ROOT, "full-text index %s: %s, answering searches%n", config.textIndexLocation(),
          megabytes(Tdb2Compaction.size(config.textIndexLocation())));
      store.searchText("the", 1);
    }
    out.flush();
    return PapergraphCommandLine.EXIT_OK;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
