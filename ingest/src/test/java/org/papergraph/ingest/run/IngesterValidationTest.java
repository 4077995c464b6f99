package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.GraphStores;
import org.papergraph.ingest.record.PaperRecordReader;
import org.junit.jupiter.api.Test;

/** A record whose graph breaks the SHACL shapes is rejected, with the violation, and no other. */
class IngesterValidationTest {

  @Test
  void aRecordThatBreaksTheShapesIsRejectedWithTheViolation() throws Exception {
    Iris iris = Iris.defaults();
    try (GraphStore store = GraphStores.memory();
        PaperRecordReader reader =
            new PaperRecordReader(
                new BufferedReader(new InputStreamReader(getClass().getResourceAsStream("one-bad-record.txt"), StandardCharsets.UTF_8)),
                "one-bad-record.txt")) {
      IngestReport report = IngestPipeline.builder(store).iris(iris).build().ingest(reader, "one-bad-record.txt");

      assertThat(report.read()).isEqualTo(3);
      assertThat(report.added()).isEqualTo(2);
      assertThat(report.rejections()).singleElement().satisfies(r -> {
        assertThat(r.file()).isEqualTo("one-bad-record.txt");
        assertThat(r.line()).isEqualTo(6);
        assertThat(r.arxivId()).isEqualTo("2211.00002");
        assertThat(r.reason())
            .contains("SHACL")
            .contains("dcterms:created")
            .contains("\"1985-03-01\"^^xsd:date")
            .contains("1991-08-01");
      });
      assertThat(report.toJson()).contains("1991-08-01");
      assertThat(store.containsGraph(iris.paperGraph("2211.00001"))).isTrue();
      assertThat(store.containsGraph(iris.paperGraph("2211.00002"))).isFalse();
      assertThat(store.containsGraph(iris.paperGraph("2211.00003"))).isTrue();
    }
  }
}
