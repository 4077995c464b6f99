package org.papergraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.ingest.record.Inputs;

class ResampleTest {
  private static final Pattern ID = Pattern.compile("^arXiv:(\\S+)$", Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void everyCopyGetsAnIdNoOtherRecordHas() throws IOException {
    // 2403.00001 is real here, and also what moving 2503.00001 back one year gives.
    List<String> ids = resample(3, record("2503.00001", "First") + record("2403.00001", "Second") + record("2503.00002v2", "Third"));
    assertThat(ids).hasSize(9).doesNotHaveDuplicates();
    assertThat(ids).containsExactly(
        "2503.00001", "2403.00002", "2303.00001",
        "2403.00001", "2303.00002", "2203.00001",
        "2503.00002v2", "2403.00003v2", "2303.00003v2");
  }

  @Test
  void copiesPastSeventeenYearsStartAgainWithTheSequenceNumberMovedOn() throws IOException {
    List<String> ids = resample(29, record("2503.11731", "First") + record("2503.1234", "Old form") + record("2209.07775", "Older"));
    assertThat(ids).hasSize(87).doesNotHaveDuplicates();
    assertThat(ids.subList(0, 29)).startsWith("2503.11731", "2403.11731").contains("0903.11731", "2503.61731", "2403.61731", "1403.61731")
        .doesNotContain("0803.11731");
    // A four-digit number has no room for the offset: its copies of the second round take the
    // next free number of the month.
    assertThat(ids.subList(29, 58)).contains("0903.1234", "2503.1235");
    // An older id has fewer years to go back: its rounds are shorter.
    assertThat(ids.subList(58, 87)).contains("0909.07775", "2209.57775", "0909.57775", "2109.57775");
  }

  /** The ids of the output of Resample over {@code records}, {@code factor} times. */
  private List<String> resample(int factor, String records) throws IOException {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, records);
    Path out = dir.resolve("out.txt.gz");
    Resample.main(new String[] {in.toString(), out.toString(), Integer.toString(factor)});
    return ids(out);
  }

  private static String record(String id, String title) {
    return title + "\n\nAn abstract about " + title + ".\n\narXiv:" + id + "\nCreated: 2025-03-18\n\n";
  }

  private static List<String> ids(Path file) throws IOException {
    String text;
    try (var reader = Inputs.open(file)) {
      text = reader.lines().reduce("", (a, b) -> a + b + "\n");
    }
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
