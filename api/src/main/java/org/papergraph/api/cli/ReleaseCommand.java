package org.papergraph.api.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.papergraph.core.release.Release;
import org.papergraph.core.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "release",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a dated release into DIR/papergraph-YYYY-MM-DD: the N-Quads dump (" + Release.DUMP + "), its VoID description ("
          + Release.VOID + "), a DCAT description (" + Release.DCAT_FILE + ") with each file's size, SHA-256 and licence, the"
          + " licence of each source graph and the change-feed sequence number the dump is consistent with, and a manifest ("
          + Release.MANIFEST + ") that `sha256sum -c " + Release.MANIFEST + "` verifies."
    })
final class ReleaseCommand implements Callable<Integer> {
  @ParentCommand PapergraphCommandLine parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "the directory to write the release's own directory into")
  Path dir;

  @Override
  public Integer call() {
    try (GraphStore store = parent.openStore()) {
      Release.Result r = new Release(store, parent.iris(parent.settings())).write(dir, LocalDate.now(ZoneOffset.UTC));
      spec.commandLine().getOut().println("release written to " + r.directory() + ", consistent with the change feed up to event " + r.feedSequence());
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("cannot write the release: " + e.getMessage());
      return PapergraphCommandLine.EXIT_USAGE;
    }
    return PapergraphCommandLine.EXIT_OK;
  }
}
