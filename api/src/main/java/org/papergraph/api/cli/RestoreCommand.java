package org.papergraph.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = "Loads an archive written by export into an empty store; the result is the dataset that was exported.")
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand PapergraphCommandLine parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the archive to read, ending .nq[.gz] or .trig[.gz]")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      spec.commandLine().getErr().println("cannot read " + file + ": no such readable file");
      return PapergraphCommandLine.EXIT_USAGE;
    }
    StoreArchive.Format format = PapergraphCommandLine.archiveFormat(file, spec.commandLine().getErr());
    if (format == null) {
      return PapergraphCommandLine.EXIT_USAGE;
    }
    try (GraphStore store = parent.openStore();
        InputStream in = Files.newInputStream(file)) {
      try {
        StoreArchive.restore(store, in, format);
      } catch (IllegalStateException e) {
        spec.commandLine().getErr().println("cannot restore: " + e.getMessage());
        return PapergraphCommandLine.EXIT_USAGE;
      }
      spec.commandLine().getOut().println("restored " + store.listGraphs().size() + " named graphs from " + file);
    }
    return PapergraphCommandLine.EXIT_OK;
  }
}
