package org.papergraph.api.cli;

import java.net.URI;
import java.util.concurrent.Callable;
import org.papergraph.core.feed.FeedSync;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Follows a Papergraph change feed into the store (--store, --location, or papergraph.store.* for a remote SPARQL store),"
          + " keeping every graph identical to the source's. The target keeps the last event it applied in graph <"
          + FeedSync.STATE_GRAPH + ">, so a later sync resumes there."
    })
final class SyncCommand implements Callable<Integer> {
  @ParentCommand PapergraphCommandLine parent;
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "URL", description = "the source's feed, e.g. http://localhost:8080/changes (or the service's base address)")
  URI from;

  @Option(names = "--max-events", paramLabel = "N", defaultValue = "0", description = "stop after N events (default 0: all there are)")
  long maxEvents;

  @Option(names = "--start-at", paramLabel = "SEQ", description = "take the target as holding the source up to event SEQ (a release's feed sequence number) and go on from there")
  Long startAt;

  @Override
  public Integer call() {
    if (!from.isAbsolute() || !(from.getScheme().equals("http") || from.getScheme().equals("https"))) {
      spec.commandLine().getErr().println("--from must be an http(s) URL, not " + from);
      return PapergraphCommandLine.EXIT_USAGE;
    }
    if (maxEvents < 0) {
      spec.commandLine().getErr().println("--max-events must be 0 or more, not " + maxEvents);
      return PapergraphCommandLine.EXIT_USAGE;
    }
    // No journal on the target: what it receives is the source's feed, not changes of its own.
    try (GraphStore store = GraphStores.open(parent.storeConfig(parent.settings()))) {
      FeedSync sync = new FeedSync(from, store);
      if (startAt != null) {
        sync.startAt(startAt);
      }
      long before = sync.lastApplied();
      FeedSync.Result result = sync.run(maxEvents);
      spec.commandLine().getOut().println("applied " + result.applied() + " events (" + result.reread() + " by re-reading the graph), from sequence "
          + before + " to " + result.lastSequence()
          + (result.completed() > 0 ? "; first completed the write of " + result.completed() + " events an earlier sync was stopped in" : ""));
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("sync stopped: " + e.getMessage());
      return PapergraphCommandLine.EXIT_REJECTS;
    }
    return PapergraphCommandLine.EXIT_OK;
  }
}
