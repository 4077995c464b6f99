package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.papergraph.api.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Readers of the paper list keep getting answers while a writer posts records, and the writer
 * reads each of its writes at once.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"papergraph.store.kind=memory", "papergraph.seeds.enabled=false", "papergraph.security.bearer-tokens=s3cret"})
class ReadsDuringWritesIT {
  static final int WRITES = 12;
  static final int READERS = 3;

  @LocalServerPort int port;
  @Autowired PaperIndex index;
  @Autowired StoreChanges changes;

  private static String record(int n) {
    return """
        Paper %d about reading while writing, with sparse tensors.

        arXiv:2401.%05d
        Created: 2024-01-%02d
        """.formatted(n, n, 1 + n % 28);
  }

  @Test
  void readersKeepGettingAnswersAndTheWriterReadsItsOwnWrites() throws Exception {
    ApiClient api = new ApiClient(port);
    // The version first: a background write (the VoID refresh after the start's reference graphs)
    // announced before it is read could otherwise be built after buildsBefore without being
    // counted among the changes.
    long versionBefore = changes.version();
    int before = api.json("/api/papers").at("/meta/count").asInt();
    // A reader gets the index as it is and only schedules the rebuild for a change: one under way
    // for a change before versionBefore would otherwise end after buildsBefore, uncounted.
    index.awaitCurrent();
    int buildsBefore = index.builds();

    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    List<Future<Long>> slowest = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      slowest.add(readers.submit(() -> {
        ApiClient client = new ApiClient(port);
        long worst = 0;
        while (writing.get()) {
          long t0 = System.nanoTime();
          client.json("/api/papers?perPage=5&facets=topic,year");
          worst = Math.max(worst, System.nanoTime() - t0);
        }
        return worst;
      }));
    }
    try {
      for (int n = 1; n <= WRITES; n++) {
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/ingest?name=w" + n + ".txt"))
            .header("Content-Type", "text/plain; charset=utf-8")
            .header("Authorization", "Bearer s3cret")
            .POST(HttpRequest.BodyPublishers.ofString(record(n)))
            .build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(api.json("/api/papers?perPage=1").at("/meta/count").asInt()).as("after write %d", n).isEqualTo(before + n);
      }
    } finally {
      writing.set(false);
      readers.shutdown();
    }
    for (Future<Long> worst : slowest) {
      // A generous bound: requests must not wait for one rebuild after another.
      assertThat(TimeUnit.NANOSECONDS.toSeconds(worst.get(60, TimeUnit.SECONDS))).isLessThan(10);
    }
    // At most one rebuild per announced change, however many readers asked meanwhile.
    assertThat(index.builds() - buildsBefore).isLessThanOrEqualTo((int) (changes.version() - versionBefore));
  }
}
