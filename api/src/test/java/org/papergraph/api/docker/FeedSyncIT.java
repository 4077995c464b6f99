package org.papergraph.api.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.api.cli.PapergraphCommandLine;
import org.papergraph.api.feed.FeedWrites;
import org.papergraph.core.Iris;
import org.papergraph.core.feed.FeedSync;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sync client follows a live server's change feed into a local TDB2 and into Fuseki in a
 * container: after creates, replaces, updates and deletes in random order, every graph of the
 * target is isomorphic to the source's, also when the client stopped part-way and resumed.
 */
@RequiresDocker
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "papergraph.store.kind=memory",
      "papergraph.security.bearer-tokens=" + FeedSyncIT.TOKEN,
      // The VoID graph is then written only when asked for, so the source stays still once the test's writes are done.
      "papergraph.linked-data.background-void-refresh=false",
      "papergraph.feed.page-size=7"
    })
class FeedSyncIT {
  static final String TOKEN = "sync-token";
  @RegisterExtension static final FusekiContainer fuseki = new FusekiContainer();

  @LocalServerPort int port;
  @Autowired GraphStore source;
  @Autowired Iris iris;
  @TempDir Path dir;

  private FeedWrites writes() {
    return new FeedWrites(port, TOKEN);
  }

  /** Creates, replaces, updates and deletes graphs of every kind in an order drawn from a fixed seed. */
  private void randomWrites() throws Exception {
    Random random = new Random(19);
    List<String> graphs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int op = graphs.isEmpty() ? 0 : random.nextInt(5);
      switch (op) {
        case 0 -> {
          String g = "http://example.org/sync/" + i;
          writes().send("PUT", "/graph-store?graph=" + FeedWrites.enc(g), "text/turtle", "<http://example.org/s" + i + "> <http://example.org/p> " + i
              + " , [ <http://example.org/q> \"blank " + i + "\" ] .");
          graphs.add(g);
        }
        case 1 -> {
          String id = "2301.0000" + random.nextInt(4);
          writes().send("POST", "/api/ingest?name=sync-" + i, "text/plain", FeedWrites.record(id, i));
          if (!graphs.contains(iris.paperGraph(id))) {
            graphs.add(iris.paperGraph(id));
          }
        }
        case 2 -> {
          String g = graphs.get(random.nextInt(graphs.size()));
          writes().send("POST", "/sparql", "application/sparql-update", "INSERT DATA { GRAPH <" + g + "> { <http://example.org/added> <http://example.org/n> " + i
              + " } } ; DELETE WHERE { GRAPH <" + g + "> { <http://example.org/added> <http://example.org/n> " + (i - 1) + " } }");
        }
        case 3 -> {
          String g = graphs.remove(random.nextInt(graphs.size()));
          writes().send("DELETE", "/graph-store?graph=" + FeedWrites.enc(g), null, null);
        }
        default -> {
          String g = graphs.get(random.nextInt(graphs.size()));
          if (!iris.isPaperGraph(g)) {
            writes().send("PUT", "/graph-store?graph=" + FeedWrites.enc(g), "text/turtle", "<http://example.org/replaced> <http://example.org/p> " + i + " , [] .");
          }
        }
      }
    }
  }

  @Test
  void followsRandomWritesIntoTdb2AndFusekiResumingWhereItStopped() throws Exception {
    randomWrites();
    URI feed = URI.create("http://localhost:" + port + "/changes");

    Path tdb = dir.resolve("target");
    try (GraphStore target = GraphStores.tdb2(tdb)) {
      FeedSync.Result first = new FeedSync(feed, target).run(10);
      assertThat(first.applied()).isEqualTo(10);
      assertThat(first.lastSequence()).isEqualTo(10);
    }
    try (GraphStore target = GraphStores.tdb2(tdb)) {
      FeedSync sync = new FeedSync(feed, target);
      assertThat(sync.lastApplied()).isEqualTo(10);
      FeedSync.Result rest = sync.run(0);
      assertThat(rest.applied()).isGreaterThan(20);
      FeedWrites.assertSameGraphs(source, target, iris);
      assertThat(sync.run(0).applied()).as("nothing new").isZero();
    }

    try (GraphStore target = GraphStores.open(fuseki.storeConfig())) {
      new FeedSync(feed, target).run(17);
      new FeedSync(feed, target).run(0);
      FeedWrites.assertSameGraphs(source, target, iris);

      // Writes after the sync arrive with the next one.
      writes().send("DELETE", "/graph-store?graph=" + FeedWrites.enc(Iris.defaults().paperGraph("2211.08332")), null, null);
      writes().send("POST", "/api/ingest?name=later", "text/plain", FeedWrites.record("2301.00009", 1));
      assertThat(new FeedSync(feed, target).run(0).applied()).isGreaterThanOrEqualTo(2);
      FeedWrites.assertSameGraphs(source, target, iris);
    }

    // The command line does the same into a TDB2 directory of its own.
    Path cliTarget = dir.resolve("cli");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = PapergraphCommandLine.run(new String[] {"--store", "tdb2", "--location", cliTarget.toString(), "sync", "--from", feed.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("applied ");
    try (GraphStore target = GraphStores.tdb2(cliTarget)) {
      FeedWrites.assertSameGraphs(source, target, iris);
    }
  }
}
