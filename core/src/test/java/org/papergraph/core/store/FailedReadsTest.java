package org.papergraph.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;

/**
 * Reads that fail half way, on several threads at once (clients that stop reading while their
 * results stream), must leave no thread in a transaction: the next write on each thread works.
 */
class FailedReadsTest {
  private static final int THREADS = 3;

  @Test
  void writesWorkOnEveryThreadAfterConcurrentReadsFailMidResult() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (GraphStore store = GraphStores.memory()) {
      store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 1, 2, 3 } }"));
      List<String> failures = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        CyclicBarrier together = new CyclicBarrier(THREADS);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int value = round * THREADS + t;
          outcomes.add(pool.submit(() -> failReadThenWrite(store, together, value)));
        }
        for (Future<String> outcome : outcomes) {
          if (outcome.get() != null) {
            failures.add("round " + round + ": " + outcome.get());
          }
        }
      }
      assertThat(failures).isEmpty();
      assertThat(store.getGraph("urn:g").size()).isEqualTo(3 + 10 * THREADS);
    } finally {
      pool.shutdownNow();
    }
  }

  // The failure stands for a client that went away: the response write throws mid-result.
  private static String failReadThenWrite(GraphStore store, CyclicBarrier together, int value) {
    try {
      store.query(
          QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"),
          30_000,
          qe -> {
            Iterator<Triple> triples = qe.execConstructTriples();
            triples.next();
            try {
              together.await();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            throw new RuntimeIOException("the client stopped reading");
          });
    } catch (RuntimeIOException expected) {
      // as intended
    }
    try {
      store.update(UpdateFactory.create("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 100" + value + " } }"));
      return null;
    } catch (RuntimeException e) {
      return e.toString();
    }
  }
}
