package org.papergraph.ingest.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArxivJsonLinesReaderTest {

  static List<ReadResult> readText(String text) {
    return new ArxivJsonLinesReader(new BufferedReader(new StringReader(text)), "test.jsonl").stream().toList();
  }

  @Test
  void readsAllTwoHundredSampleRecords() throws IOException {
    List<ReadResult> results;
    try (InputStream in = getClass().getResourceAsStream("jsonl/arxiv-kaggle-200.jsonl");
        ArxivJsonLinesReader reader = new ArxivJsonLinesReader(Inputs.reader(in), "arxiv-kaggle-200.jsonl")) {
      results = reader.stream().toList();
    }
    assertThat(results).hasSize(200).allMatch(ReadResult.Accepted.class::isInstance);
    PaperRecord first = ((ReadResult.Accepted) results.get(0)).record();
    assertThat(first.arxivId()).isEqualTo("0704.0001");
    assertThat(first.arxivVersion()).isEqualTo("v2");
    assertThat(first.title()).isEqualTo("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies");
    assertThat(first.abstractText()).startsWith("A fully differential calculation in perturbative quantum chromodynamics is presented");
    assertThat(first.created()).isEqualTo(LocalDate.of(2007, 4, 2));
    assertThat(first.dois()).containsExactly("10.1103/physrevd.76.013009");
    assertThat(first.comments()).containsExactly("37 pages, 15 figures; published version");
    assertThat(first.journalRef()).isEqualTo("Phys.Rev.D76:013009,2007");
    assertThat(first.categories()).containsExactly("hep-ph");
    assertThat(first.authors()).extracting(PaperRecord.Author::fullName)
        .containsExactly("C. Balázs", "E. L. Berger", "P. M. Nadolsky", "C. -P. Yuan");
    assertThat(first.versions()).containsExactly(
        new PaperRecord.Version("v1", Instant.parse("2007-04-02T19:18:42Z")),
        new PaperRecord.Version("v2", Instant.parse("2007-07-24T20:10:27Z")));
    assertThat(first.source()).isEqualTo(new SourceLocation("arxiv-kaggle-200.jsonl", 1));
    PaperRecord second = ((ReadResult.Accepted) results.get(1)).record();
    assertThat(second.categories()).containsExactly("math.CO", "cs.CG");
    assertThat(second.license()).isEqualTo("http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
  }

  @Test
  void badLinesAreRejectedWithLineAndReasonAndReadingGoesOn() {
    String good = "{\"id\":\"0704.0002\",\"abstract\":\"A.\",\"versions\":[{\"version\":\"v1\",\"created\":\"Sat, 31 Mar 2007 02:26:18 GMT\"}]}";
    List<ReadResult> results = readText(String.join("\n",
        "{\"id\": \"0704.0001\", \"abstract\": ",
        "[1, 2]",
        "{\"abstract\":\"no id\"}",
        "{\"id\":\"99999\",\"abstract\":\"A.\"}",
        "{\"id\":\"0704.0003\"}",
        "{\"id\":\"0704.0004\",\"abstract\":\"A.\",\"versions\":[{\"version\":\"v1\",\"created\":\"yesterday\"}]}",
        "{\"id\":\"0704.0005\",\"abstract\":\"A.\",\"doi\":\"nope\",\"update_date\":\"2008-01-01\"}",
        "",
        good));
    assertThat(results).last().isInstanceOf(ReadResult.Accepted.class);
    assertThat(results.subList(0, results.size() - 1))
        .map(r -> (ReadResult.Rejected) r)
        .extracting(r -> r.source().line() + ": " + r.reason())
        .satisfiesExactly(
            r -> assertThat(r).startsWith("1: invalid JSON: "),
            r -> assertThat(r).isEqualTo("2: not a JSON object"),
            r -> assertThat(r).isEqualTo("3: missing \"id\""),
            r -> assertThat(r).isEqualTo("4: invalid arXiv id '99999'"),
            r -> assertThat(r).isEqualTo("5: missing \"abstract\""),
            r -> assertThat(r).isEqualTo("6: invalid version date 'yesterday' (expected e.g. 'Mon, 2 Apr 2007 19:18:42 GMT')"),
            r -> assertThat(r).isEqualTo("7: invalid DOI 'nope'"));
    assertThat(results.get(results.size() - 1).source().line()).isEqualTo(9);
  }

  @Test
  void anAuthorNamePartThatIsNotAStringRejectsTheLine() {
    String line = "{\"id\":\"2211.00001\",\"abstract\":\"A.\",\"update_date\":\"2022-11-01\",\"authors_parsed\":%s}\n";
    List<ReadResult> results = readText(String.format(line, "[[{}]]") + String.format(line, "[[\"Author\",[1,2]]]") + String.format(line, "[[\"Author\",\"A.\"]]"));
    assertThat(results).hasSize(3);
    assertThat(results.subList(0, 2)).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(ReadResult.Rejected.class, rej ->
        assertThat(rej.reason()).isEqualTo("an author in \"authors_parsed\" has a name part that is not a string")));
    assertThat(results.get(2)).isInstanceOf(ReadResult.Accepted.class);
  }

  @Test
  void texAccentsAreReadAsLetters() {
    // As arXiv's metadata has them: the JSON string holds B\'ezier, f\"ur, {\o}.
    String line =
        "{\"id\":\"2507.00001\",\"title\":\"B\\\\'ezier Gaussian Triangles\",\"abstract\":\"A Fr\\\\'echet   distance\\nfor the MLLM\\\\'s outputs.\","
            + "\"comments\":\"Published in: Bildverarbeitung f\\\\\\\"ur die Medizin 2025\",\"journal-ref\":\"Proc. Ume{\\\\aa} 2025\","
            + "\"update_date\":\"2025-07-01\",\"authors_parsed\":[[\"Bj{\\\\o}rnsson\",\"J{\\\\'o}n\",\"\"]]}\n";
    PaperRecord r = ((ReadResult.Accepted) readText(line).get(0)).record();
    assertThat(r.title()).isEqualTo("Bézier Gaussian Triangles");
    assertThat(r.abstractText()).isEqualTo("A Fréchet distance for the MLLM's outputs.");
    assertThat(r.comments()).containsExactly("Published in: Bildverarbeitung für die Medizin 2025");
    assertThat(r.journalRef()).isEqualTo("Proc. Umeå 2025");
    assertThat(r.authors()).containsExactly(new PaperRecord.Author("Bjørnsson", "Jón", null));
  }
}
