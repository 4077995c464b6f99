package org.papergraph.api.cli;

import java.io.IOException;
import java.io.OutputStream;
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
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes the whole store, every named graph, to FILE as gzip N-Quads (.nq.gz) or TriG (.trig.gz), streamed.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand PapergraphCommandLine parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the archive to write, ending .nq.gz or .trig.gz")
  Path file;

  @Override
  public Integer call() throws IOException {
    StoreArchive.Format format = PapergraphCommandLine.archiveFormat(file, spec.commandLine().getErr());
    if (format == null) {
      return PapergraphCommandLine.EXIT_USAGE;
    }
    try (GraphStore store = parent.openStore();
        OutputStream out = Files.newOutputStream(file)) {
      StoreArchive.export(store, out, format);
    }
    spec.commandLine().getOut().println("exported to " + file + " (" + Files.size(file) + " bytes)");
    return PapergraphCommandLine.EXIT_OK;
  }
}
