package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.core.vocab.Vocabularies;
import org.papergraph.ingest.record.PaperRecord;
import org.papergraph.ingest.record.ReadResult;
import org.papergraph.ingest.record.SourceLocation;

/** Records mapped on several threads end as they do on one: same report, same graphs, same order of writes. */
class IngesterParallelMappingTest {
  private final Iris iris = Iris.defaults();

  private static ReadResult paper(int line, String id, String text) {
    return new ReadResult.Accepted(new PaperRecord(id, null, List.of(), LocalDate.of(2025, 3, 1), "Title " + id,
        text, List.of(), List.of(), new SourceLocation("t.txt", line)));
  }

  /** Papers, one unreadable record, a duplicate id whose later record wins, and a paper the shapes reject (its id is no arXiv id). */
  private static List<ReadResult> input() {
    List<ReadResult> out = new ArrayList<>();
    for (int i = 1; i <= 300; i++) {
      String id = String.format("2503.%05d", i);
      out.add(paper(i * 10, id, "We study graph neural networks for record " + i + "."));
      if (i == 50) {
        out.add(new ReadResult.Rejected(new SourceLocation("t.txt", 505), "no arXiv id", null));
      }
      if (i == 120) {
        out.add(paper(1205, "2503.00007", "A later version of record 7 on reinforcement learning."));
      }
      if (i == 200) {
        out.add(paper(2005, "not-an-id", "We study graph neural networks."));
      }
    }
    return out;
  }

  private record Run(IngestReport report, List<String> writes, Map<String, String> hashes) {}

  /** Ingests the input with {@code threads} mapping threads, noting the graphs of every write in order. */
  private Run ingest(int threads) {
    try (GraphStore store = GraphStores.memory()) {
      List<String> writes = Collections.synchronizedList(new ArrayList<>());
      GraphStore noting = (GraphStore) Proxy.newProxyInstance(GraphStore.class.getClassLoader(), new Class<?>[] {GraphStore.class},
          (proxy, method, args) -> {
            if (method.getName().equals("replaceGraphs")) {
              writes.addAll(((Map<?, ?>) args[0]).keySet().stream().map(Object::toString).toList());
            }
            try {
              return method.invoke(store, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      IngestReport report = IngestPipeline.builder(noting).iris(iris).batchSize(7).mappingThreads(threads).build()
          .ingest(input().iterator(), "t.txt");
      Map<String, String> hashes = new HashMap<>();
      store.query(QueryFactory.create(Vocabularies.sparqlPrologue() + "SELECT ?g ?h WHERE { GRAPH ?g { ?g pg:contentHash ?h } }"),
          qe -> {
            qe.execSelect().forEachRemaining(s -> hashes.put(s.getResource("g").getURI(), s.getLiteral("h").getString()));
            return null;
          });
      return new Run(report, List.copyOf(writes), hashes);
    }
  }

  @Test
  void severalMappingThreadsGiveTheReportGraphsAndWriteOrderOfOne() {
    Run one = ingest(1);
    Run four = ingest(4);
    assertThat(one.report().read()).isEqualTo(303);
    assertThat(one.report().added()).isEqualTo(300);
    assertThat(one.report().rejections()).hasSize(2);
    assertThat(one.report().duplicates()).hasSize(1);
    assertThat(four.report().read()).isEqualTo(one.report().read());
    assertThat(four.report().added()).isEqualTo(one.report().added());
    assertThat(four.report().replaced()).isEqualTo(one.report().replaced());
    assertThat(four.report().rejections()).containsExactlyElementsOf(one.report().rejections());
    assertThat(four.report().duplicates()).containsExactlyElementsOf(one.report().duplicates());
    assertThat(four.writes()).containsExactlyElementsOf(one.writes());
    assertThat(four.hashes()).isEqualTo(one.hashes()).hasSize(300);
  }

  @Test
  void aRecordThatCannotBeMappedIsNamedWithWhereItWasRead() {
    List<ReadResult> input = new ArrayList<>(input().subList(0, 40));
    // No reader yields a version without its time; the mapper fails on it.
    input.add(20, new ReadResult.Accepted(new PaperRecord("2503.77777", null, List.of(), LocalDate.of(2025, 3, 1), "T", "Text.",
        List.of(), List.of(), new SourceLocation("t.txt", 777), List.of(), List.of(), null, null, List.of(new PaperRecord.Version("v1", null)))));
    try (GraphStore store = GraphStores.memory()) {
      IngestPipeline pipeline = IngestPipeline.builder(store).iris(iris).batchSize(5).mappingThreads(3).build();
      assertThatThrownBy(() -> pipeline.ingest(input.iterator(), "t.txt"))
          .hasMessageContaining("2503.77777")
          .hasMessageContaining("t.txt:777")
          .hasCauseInstanceOf(NullPointerException.class);
    }
  }

  @Test
  void theInputIsReadOnTheCallersThreadInOrder() {
    Thread caller = Thread.currentThread();
    List<Thread> readers = new ArrayList<>();
    List<ReadResult> input = input();
    java.util.Iterator<ReadResult> it = input.iterator();
    java.util.Iterator<ReadResult> watched = new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public ReadResult next() {
        readers.add(Thread.currentThread());
        return it.next();
      }
    };
    try (GraphStore store = GraphStores.memory()) {
      IngestPipeline.builder(store).iris(iris).mappingThreads(2).build().ingest(watched, "t.txt");
    }
    assertThat(readers).hasSize(input.size()).allMatch(t -> t == caller);
  }

  @Test
  void refusesNoMappingThreads() {
    try (GraphStore store = GraphStores.memory()) {
      assertThatThrownBy(() -> IngestPipeline.builder(store).mappingThreads(0)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
