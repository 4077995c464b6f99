package org.papergraph.ingest.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
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

  @Test
  void oneRepositoryWrittenInTwoLetterCasesIsOneNodeWithOneName() throws Exception {
    Iris iris = Iris.defaults();
    String record = """
        We release GraphMol; the code is at https://github.com/Mol-Group/graphmol. Tools: github.com/MOL-GROUP/Tools

        Github link: https://github.com/mol-group/GraphMol

        arXiv:2211.00001
        Created: 2022-11-01
        """;
    try (GraphStore store = GraphStores.memory();
        PaperRecordReader reader = new PaperRecordReader(new BufferedReader(new StringReader(record)), "case.txt")) {
      IngestReport report = IngestPipeline.builder(store).iris(iris).build().ingest(reader, "case.txt");

      assertThat(report.rejections()).isEmpty();
      assertThat(report.added()).isEqualTo(1);
      String names = "SELECT ?n WHERE { GRAPH ?g { <" + iris.repository("github", "mol-group", "graphmol") + "> <https://schema.org/name> ?n } }";
      assertThat(values(store, names)).as("the code-link line's spelling").containsExactly("GraphMol");
      String accounts = "SELECT ?n WHERE { GRAPH ?g { <" + iris.owner("github", "mol-group") + "> <http://xmlns.com/foaf/0.1/accountName> ?n } }";
      assertThat(values(store, accounts)).containsExactly("mol-group");
    }
  }

  static List<String> values(GraphStore store, String select) {
    return store.query(QueryFactory.create(select), qe -> {
      List<String> out = new ArrayList<>();
      qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("n").getString()));
      return out;
    });
  }
}
