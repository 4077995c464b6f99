package org.papergraph.ingest.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PaperRecordReaderTest {

  static List<ReadResult> read(String resource) throws IOException {
    try (InputStream in = PaperRecordReaderTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      try (PaperRecordReader reader = new PaperRecordReader(Inputs.reader(in), resource)) {
        return reader.stream().toList();
      }
    }
  }

  static List<ReadResult> readText(String text) {
    return new PaperRecordReader(new BufferedReader(new StringReader(text)), "test.txt").stream().toList();
  }

  static List<PaperRecord> accepted(List<ReadResult> results) {
    return results.stream().filter(ReadResult.Accepted.class::isInstance).map(r -> ((ReadResult.Accepted) r).record()).toList();
  }

  static List<ReadResult.Rejected> rejected(List<ReadResult> results) {
    return results.stream().filter(ReadResult.Rejected.class::isInstance).map(ReadResult.Rejected.class::cast).toList();
  }

  static List<String> ids(List<ReadResult> results) {
    return accepted(results).stream().map(PaperRecord::arxivId).toList();
  }

  @Test
  void readsAllTenSeedRecordsCompletely() throws IOException {
    List<ReadResult> results;
    try (PaperRecordReader reader = new PaperRecordReader(Inputs.open(Path.of("../seeds/papers.txt")), "papers.txt")) {
      results = reader.stream().toList();
    }
    assertThat(rejected(results)).isEmpty();
    List<PaperRecord> records = accepted(results);
    assertThat(records).extracting(PaperRecord::arxivId)
        .containsExactly("2211.08332", "2211.05770", "2211.07379", "2211.02077", "2210.14793",
            "2210.16987", "2210.08772", "2210.08578", "2210.08388", "2210.08122");
    assertThat(records).extracting(PaperRecord::created)
        .containsExactly(LocalDate.of(2022, 11, 15), LocalDate.of(2022, 11, 10), LocalDate.of(2022, 11, 9),
            LocalDate.of(2022, 11, 3), LocalDate.of(2022, 10, 26), LocalDate.of(2022, 10, 23),
            LocalDate.of(2022, 10, 17), LocalDate.of(2022, 10, 16), LocalDate.of(2022, 10, 15),
            LocalDate.of(2022, 10, 14));

    PaperRecord vd = records.get(0);
    assertThat(vd.codeLinks()).containsExactly("https://github.com/SHI-Labs/Versatile-Diffusion");
    assertThat(vd.abstractText()).startsWith("The recent advances in diffusion models")
        .endsWith("open-sourced at https://github.com/SHI-Labs/Versatile-Diffusion.");
    assertThat(vd.comments()).isEmpty();
    assertThat(vd.source()).isEqualTo(new SourceLocation("papers.txt", 1, 6));

    PaperRecord aspdac = records.get(7);
    assertThat(aspdac.dois()).containsExactly("10.1145/3566097.3567864");
    assertThat(aspdac.comments()).containsExactly("Accepted to ASP-DAC'23");
    assertThat(records.get(6).comments()).containsExactly("Advances in Neural Information Processing Systems (NeurIPS), 2022");
    assertThat(records.get(2).comments()).containsExactly("The Conference Quantum Techniques in Machine Learning (QTML), 2022");
    assertThat(records.stream().filter(r -> !r.dois().isEmpty()).count()).isEqualTo(1);
  }

  @Test
  void brokenRecordsAreReportedWithLineAndReasonAndTheirNeighboursKept() throws IOException {
    List<ReadResult> results = read("malformed/broken-records.txt");
    assertThat(ids(results)).containsExactly("2211.00001", "2211.00005");
    assertThat(accepted(results).get(0).abstractText()).isEqualTo("First abstract line second line of the same abstract.");
    assertThat(accepted(results).get(0).comments()).containsExactly("Accepted at NeurIPS 2022");
    assertThat(rejected(results))
        .extracting(r -> r.source().line() + ": " + r.reason())
        .containsExactly(
            "9: invalid date '2022-13-45' on line 12 (expected YYYY-MM-DD)",
            "14: invalid arXiv id 'not-an-id' on line 16",
            "19: missing 'Created:' line after the arXiv id on line 21");
  }

  @Test
  void crlfLineEnds() throws IOException {
    List<ReadResult> results = read("malformed/crlf.txt");
    assertThat(ids(results)).containsExactly("2211.00001", "2211.00002");
    assertThat(accepted(results).get(0).codeLinks()).containsExactly("https://github.com/a/b");
    assertThat(accepted(results).get(1).source().line()).isEqualTo(8);
  }

  @Test
  void crOnlyLineEnds() throws IOException {
    List<ReadResult> results = read("malformed/cr.txt");
    assertThat(ids(results)).containsExactly("2211.00001", "2211.00002");
    assertThat(accepted(results).get(0).abstractText()).isEqualTo("Abstract with CR only.");
  }

  @Test
  void byteOrderMarkIsNotPartOfTheAbstract() throws IOException {
    List<ReadResult> results = read("malformed/bom.txt");
    assertThat(accepted(results).get(0).abstractText()).isEqualTo("Abstract after a byte order mark.");
  }

  @Test
  void noFinalNewline() throws IOException {
    assertThat(ids(read("malformed/no-final-newline.txt"))).containsExactly("2211.00001");
  }

  @Test
  void trailingWhitespaceAndWhitespaceOnlyLines() throws IOException {
    List<ReadResult> results = read("malformed/trailing-whitespace.txt");
    assertThat(rejected(results)).isEmpty();
    assertThat(accepted(results).get(0).abstractText()).isEqualTo("Abstract with trailing spaces.");
  }

  @Test
  void tabs() throws IOException {
    List<ReadResult> results = read("malformed/tabs.txt");
    assertThat(rejected(results)).isEmpty();
    PaperRecord r = accepted(results).get(0);
    assertThat(r.arxivId()).isEqualTo("2211.00001");
    assertThat(r.abstractText()).isEqualTo("Abstract\tindented with tabs.");
    assertThat(r.codeLinks()).containsExactly("https://github.com/Owner/Repo");
  }

  @Test
  void severalBlankLinesInARowAndIdAndCreatedAsSeparateParagraphs() throws IOException {
    List<ReadResult> results = read("malformed/many-blank-lines.txt");
    assertThat(rejected(results)).isEmpty();
    assertThat(ids(results)).containsExactly("2211.00001", "2211.00002");
    assertThat(accepted(results).get(0).comments()).containsExactly("Accepted in ICDM 2022");
    assertThat(accepted(results).get(0).source().line()).isEqualTo(5);
  }

  @Test
  void recordWithNoBlankLineBetweenItsParagraphs() throws IOException {
    List<ReadResult> results = read("malformed/no-blank-lines.txt");
    assertThat(rejected(results)).isEmpty();
    assertThat(ids(results)).containsExactly("2211.00001", "2211.00002");
    assertThat(accepted(results).get(0).codeLinks()).containsExactly("https://github.com/owner/repo");
    assertThat(accepted(results).get(1).abstractText()).isEqualTo("Next abstract right after.");
  }

  @Test
  void missingCreatedRejectsOnlyThatRecord() throws IOException {
    List<ReadResult> results = read("malformed/missing-created.txt");
    assertThat(ids(results)).containsExactly("2211.00002");
    assertThat(rejected(results)).singleElement().satisfies(r -> {
      assertThat(r.source().line()).isEqualTo(1);
      assertThat(r.arxivId()).isEqualTo("2211.00001");
      assertThat(r.reason()).contains("missing 'Created:'");
    });
  }

  @Test
  void duplicateIdsAreBothReadAndTheVersionKeptSeparately() throws IOException {
    List<PaperRecord> records = accepted(read("malformed/duplicate-id.txt"));
    assertThat(records).extracting(PaperRecord::arxivId).containsExactly("2211.00001", "2211.00001");
    assertThat(records.get(1).arxivVersion()).isEqualTo("v2");
    assertThat(records.get(0).arxivVersion()).isNull();
  }

  @Test
  void recordCutOffAtEndOfFile() throws IOException {
    List<ReadResult> results = read("malformed/cut-off.txt");
    assertThat(ids(results)).containsExactly("2211.00001");
    assertThat(rejected(results)).singleElement().satisfies(r -> {
      assertThat(r.source().line()).isEqualTo(6);
      assertThat(r.reason()).isEqualTo("record cut off at end of file: no 'Created:' line");
    });
  }

  @Test
  void invalidDates() throws IOException {
    List<ReadResult> results = read("malformed/invalid-dates.txt");
    assertThat(ids(results)).containsExactly("2211.00003");
    assertThat(rejected(results)).extracting(ReadResult.Rejected::reason)
        .containsExactly(
            "invalid date '2022-02-30' on line 4 (expected YYYY-MM-DD)",
            "invalid date '22-11-02' on line 9 (expected YYYY-MM-DD)");
  }

  @Test
  void newAndOldStyleIdsAcceptedInvalidOnesRejected() throws IOException {
    List<ReadResult> results = read("malformed/ids.txt");
    assertThat(ids(results)).containsExactly("hep-th/9901001", "math.GT/0309136", "0704.0001");
    assertThat(accepted(results).get(0).arxivVersion()).isEqualTo("v3");
    assertThat(rejected(results)).extracting(ReadResult.Rejected::reason)
        .containsExactly("invalid arXiv id '2213.00001' on line 3", "invalid arXiv id 'hello' on line 8");
  }

  @Test
  void severalDoisNormalisedAndABadOneRejected() throws IOException {
    List<ReadResult> results = read("malformed/dois.txt");
    assertThat(accepted(results)).singleElement().satisfies(r ->
        assertThat(r.dois()).containsExactly("10.1145/3566097.3567864", "10.48550/arxiv.2211.00001"));
    assertThat(rejected(results)).extracting(ReadResult.Rejected::reason).containsExactly("invalid DOI 'not-a-doi' on line 8");
  }

  @Test
  void binaryGarbageIsReportedAndSkipped() throws IOException {
    List<ReadResult> results = read("malformed/binary-garbage.txt");
    assertThat(ids(results)).containsExactly("2211.00001", "2211.00002");
    assertThat(rejected(results)).singleElement().satisfies(r -> {
      assertThat(r.source().line()).isEqualTo(6);
      assertThat(r.reason()).isEqualTo("unreadable input (binary or control characters) on line 6, skipped");
    });
  }

  @Test
  void aTenMegabyteLineRejectsItsRecordAndReadingGoesOn() {
    String huge = "x".repeat(10 * 1024 * 1024);
    List<ReadResult> results = readText(
        "Abstract one.\n\narXiv:2211.00001\nCreated: 2022-11-01\n\n" + huge + "\n\narXiv:2211.00002\nCreated: 2022-11-02\n\n"
            + "Abstract three.\n\narXiv:2211.00003\nCreated: 2022-11-03\n");
    assertThat(ids(results)).containsExactly("2211.00001", "2211.00003");
    assertThat(rejected(results)).singleElement().satisfies(r -> {
      assertThat(r.source().line()).isEqualTo(6);
      assertThat(r.reason()).isEqualTo("line is 10485760 characters long, over the limit of 1048576 on line 6");
    });
  }

  @Test
  void anOverLongLineIsNamedAsTheReasonWhereverItStands() {
    String huge = "x".repeat(PaperRecordReader.DEFAULT_MAX_LINE_CHARS + 1);
    // The over-long line is the record's Created: line, so the record never ends properly.
    List<ReadResult> createdCut = readText(
        "Abstract one.\n\narXiv:2211.00001\nCreated: 2022-11-01 " + huge + "\n\nAbstract two.\n\narXiv:2211.00002\nCreated: 2022-11-02\n");
    assertThat(ids(createdCut)).containsExactly("2211.00002");
    assertThat(rejected(createdCut)).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo(new SourceLocation("test.txt", 1, 4));
      assertThat(r.reason()).startsWith("line is 1048597 characters long, over the limit of 1048576 on line 4; then missing 'Created:'");
    });
    // The over-long line is the last one, after every record.
    List<ReadResult> atEnd = readText("Abstract one.\n\narXiv:2211.00001\nCreated: 2022-11-01\n\n" + huge);
    assertThat(ids(atEnd)).containsExactly("2211.00001");
    assertThat(rejected(atEnd)).singleElement().satisfies(r -> {
      assertThat(r.source()).isEqualTo(new SourceLocation("test.txt", 6, 6));
      assertThat(r.reason()).startsWith("line is 1048577 characters long, over the limit of 1048576 on line 6");
    });
  }

  @Test
  void createdWithNoRecordBeforeIt() {
    List<ReadResult> results = readText("Created: 2022-11-01\n\nAbstract.\n\narXiv:2211.00001\nCreated: 2022-11-01\n");
    assertThat(ids(results)).containsExactly("2211.00001");
    assertThat(rejected(results)).extracting(ReadResult.Rejected::reason).containsExactly("'Created:' line with no record before it");
  }

  @Test
  void recordWithoutAbstractOrWithoutId() {
    List<ReadResult> results = readText("arXiv:2211.00001\nCreated: 2022-11-01\n\nAbstract.\n\nCreated: 2022-11-02\n");
    assertThat(ids(results)).isEmpty();
    assertThat(rejected(results)).extracting(ReadResult.Rejected::reason)
        .containsExactly("missing abstract: the record has no text paragraph before its other lines", "missing 'arXiv:' line before 'Created:' on line 6");
  }

  @Test
  void gzipIsReadDirectly(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path gz = dir.resolve("seed.txt.gz");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(Files.readAllBytes(Path.of("../seeds/papers.txt")));
    }
    Files.write(gz, bytes.toByteArray());
    try (PaperRecordReader reader = new PaperRecordReader(Inputs.open(gz), "seed.txt.gz")) {
      assertThat(reader.stream().filter(ReadResult.Accepted.class::isInstance).count()).isEqualTo(10);
    }
    byte[] plain = "A.\n\narXiv:2211.00001\nCreated: 2022-11-01\n".getBytes(StandardCharsets.UTF_8);
    try (PaperRecordReader reader = new PaperRecordReader(Inputs.reader(new ByteArrayInputStream(plain)), "plain")) {
      assertThat(reader.stream().count()).isEqualTo(1);
    }
  }
}
