package org.papergraph.ingest.record;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Generated inputs for both record readers: whatever the input, no exception escapes, and every
 * line is accounted for, as part of exactly one record read or one rejection reported, or as a
 * blank line. Each test reads {@value #INPUTS} inputs built from the lines that matter to the
 * format (ids, dates, code links, JSON fields of every wrong shape), cut-off and over-long lines,
 * control characters, byte-order marks, all three line ends, and random text.
 *
 * <p>The seed changes with every run, so each run tries new inputs; a failure names its seed and
 * input, and {@code -Dfuzz.seed=N} repeats the run.
 */
class RecordReadersFuzzTest {
  static final int INPUTS = 100_000;
  /** Small, so that over-long lines are common. */
  static final int MAX_LINE = 80;
  /** Over every generated object; only the long lines made for it are over it. */
  static final int JSON_MAX_LINE = 1_000;
  static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());

  @Test
  void everyLineOfARecordFileIsAccountedFor() {
    fuzz(RecordReadersFuzzTest::recordLines, (in, name) -> new PaperRecordReader(in, name, MAX_LINE), MAX_LINE, false);
  }

  @Test
  void everyLineOfAJsonLinesFileIsAccountedFor() {
    fuzz(random -> List.of(jsonLine(random)), (in, name) -> new ArxivJsonLinesReader(in, name, JSON_MAX_LINE), JSON_MAX_LINE, true);
  }

  static void fuzz(
      Function<SplittableRandom, List<String>> lines, BiFunction<BufferedReader, String, RecordReader> open, int maxLine, boolean oneLineEach) {
    SplittableRandom random = new SplittableRandom(SEED);
    long accepted = 0;
    long rejected = 0;
    for (int i = 0; i < INPUTS; i++) {
      String text = file(random, lines);
      try {
        long[] counts = check(text, open, maxLine, oneLineEach);
        accepted += counts[0];
        rejected += counts[1];
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("input " + i + " of the run with -Dfuzz.seed=" + SEED + " failed: " + e + "\ninput: " + escape(text), e);
      }
    }
    // The inputs are worth their number only when both paths of the reader are taken often.
    if (accepted < INPUTS / 10 || rejected < INPUTS / 10) {
      throw new AssertionError("the generated inputs gave " + accepted + " records and " + rejected + " rejections");
    }
  }

  /**
   * Reads {@code text} whole and checks that the results cover each non-blank line exactly once,
   * in order, with no blank line at either end of a result.
   *
   * @param maxLine the reader's line limit
   * @param oneLineEach whether every result is one line (JSON lines)
   * @return the records read and the rejections reported
   */
  static long[] check(String text, BiFunction<BufferedReader, String, RecordReader> open, int maxLine, boolean oneLineEach) {
    List<String> lines = lines(text);
    List<ReadResult> results = new ArrayList<>();
    try (RecordReader reader = open.apply(new BufferedReader(new StringReader(text)), "fuzz")) {
      reader.forEachRemaining(results::add);
    }
    // Plain checks, not AssertJ: they run on every line of every input.
    int[] owner = new int[lines.size() + 1];
    long previousEnd = 0;
    for (int i = 0; i < results.size(); i++) {
      ReadResult r = results.get(i);
      SourceLocation at = r.source();
      require("fuzz".equals(at.file()), r, "names another file");
      require(at.line() > previousEnd, r, "does not start after the result before it");
      require(at.lastLine() <= lines.size(), r, "ends after the last line");
      require(!blank(lines, at.line(), maxLine), r, "starts on a blank line");
      require(!blank(lines, at.lastLine(), maxLine), r, "ends on a blank line");
      require(!oneLineEach || at.lastLine() == at.line(), r, "spans several lines");
      if (r instanceof ReadResult.Rejected rej) {
        require(rej.reason() != null && !rej.reason().isBlank(), r, "does not say why");
      } else {
        PaperRecord record = ((ReadResult.Accepted) r).record();
        require(!record.arxivId().isBlank() && !record.abstractText().isBlank() && record.created() != null, r, "lacks a field");
      }
      for (long l = at.line(); l <= at.lastLine(); l++) {
        owner[(int) l] = i + 1;
      }
      previousEnd = at.lastLine();
    }
    for (int l = 1; l <= lines.size(); l++) {
      if (owner[l] == 0 && !blank(lines, l, maxLine)) {
        throw new AssertionError("line " + l + " " + escape(lines.get(l - 1)) + " is neither read nor reported; results: " + results);
      }
    }
    long accepted = results.stream().filter(ReadResult.Accepted.class::isInstance).count();
    return new long[] {accepted, results.size() - accepted};
  }

  static void require(boolean ok, ReadResult r, String what) {
    if (!ok) {
      throw new AssertionError("result " + r + " " + what);
    }
  }

  /** The lines as a reader sees them: ended by \n, \r\n or \r; a final line needs no end. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /**
   * Blank as both readers define it: only whitespace once a byte-order mark opening the input is
   * dropped, and not over the length limit (which counts the mark).
   */
  static boolean blank(List<String> lines, long lineNo, int maxLine) {
    String l = lines.get((int) lineNo - 1);
    String content = lineNo == 1 && l.startsWith("\uFEFF") ? l.substring(1) : l;
    return l.length() <= maxLine && content.strip().isEmpty();
  }

  /**
   * Up to 12 pieces of up to a few lines each, every line ended by one of the three line ends,
   * the last one maybe by none.
   */
  static String file(SplittableRandom random, Function<SplittableRandom, List<String>> piece) {
    List<String> lines = new ArrayList<>();
    int n = random.nextInt(13);
    for (int i = 0; i < n; i++) {
      lines.addAll(piece.apply(random));
    }
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(4) == 0) {
      sb.append('\uFEFF');
    }
    for (int i = 0; i < lines.size(); i++) {
      sb.append(lines.get(i));
      if (i < lines.size() - 1 || random.nextBoolean()) {
        sb.append(pick(random, "\n", "\n", "\n", "\r\n", "\r"));
      }
    }
    return sb.toString();
  }

  /**
   * A record in the paper record format, mostly well formed; one line in six is swapped for
   * another line of the format, a random one, or none; sometimes just a few odd lines.
   */
  static List<String> recordLines(SplittableRandom random) {
    List<String> lines = new ArrayList<>();
    if (random.nextInt(5) == 0) {
      for (int i = random.nextInt(4); i >= 0; i--) {
        lines.add(recordLine(random));
      }
      return lines;
    }
    lines.add("Abstract " + random.nextInt(1000) + " about graphs of papers.");
    if (random.nextBoolean()) {
      lines.add("and its second line.");
    }
    lines.add("");
    if (random.nextInt(3) == 0) {
      lines.add(pick(random, "Github link: https://github.com/Mol-Group/GraphMol", "Code: gitlab.com/a/b.git"));
      lines.add("");
    }
    if (random.nextInt(3) == 0) {
      lines.add("Accepted at NeurIPS 2023");
      lines.add("");
    }
    lines.add("arXiv:2211." + String.format("%05d", random.nextInt(100_000)));
    lines.add("Created: 2022-11-" + String.format("%02d", 1 + random.nextInt(28)));
    for (int i = 0; i < lines.size(); i++) {
      if (random.nextInt(6) == 0) {
        switch (random.nextInt(3)) {
          case 0 -> lines.set(i, recordLine(random));
          case 1 -> lines.set(i, noise(random));
          default -> lines.remove(i);
        }
      }
    }
    for (int blank = random.nextInt(3); blank > 0; blank--) {
      lines.add(pick(random, "", "", " \t"));
    }
    return lines;
  }

  static final String[] RECORD_LINES = {
    "", "", "", "   ", "\t",
    "We study graphs of papers and their code.",
    "A second line of the abstract, with $M^3$ViT and Ünïcode.",
    "Github link: https://github.com/Mol-Group/GraphMol",
    "Code: github.com/mol-group/graphmol.git",
    "github link : www.gitlab.com/a/b/tree/main/x",
    "Accepted at NeurIPS 2023",
    "arXiv:2211.00001",
    "arXiv:2211.00001v2 - doi: 10.1145/3566097.3567864 10.48550/arXiv.2211.00001",
    "ARXIV : hep-th/9901001",
    "arXiv:math.GT/0309136",
    "arXiv:not-an-id",
    "arXiv:2211.00002 - doi: nope",
    "arXiv:",
    "Created: 2022-11-01",
    "created : 2022-13-45",
    "Created:",
    "Created: 1985-03-01",
    "Created: 99999-01-01",
    "\u0000\u0001\u0002",
    "text \uFFFD more",
    "\u007F",
    "y".repeat(MAX_LINE + 1),
    " ".repeat(MAX_LINE + 1),
  };

  static String recordLine(SplittableRandom random) {
    int kind = random.nextInt(18);
    if (kind < 12) {
      return pick(random, RECORD_LINES);
    }
    if (kind < 15) {
      return pick(random, "arXiv:", "Created: ", "Github link: ", "Code: https://github.com/") + noise(random);
    }
    return noise(random);
  }

  static final String[][] JSON_FIELDS = {
    {"id", "\"2211.00001\"", "\"hep-th/9901001v3\"", "\"junk\"", "12", "null", "[]", "{}", "\"\""},
    {"abstract", "\"  An abstract\\n wrapped.  \"", "\"\"", "\" \"", "3", "[\"a\"]", "{\"a\":1}"},
    {"versions", "[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr 2007 19:18:42 GMT\"}]", "[]", "\"v1\"", "[1]",
      "[{\"version\":\"v1\"}]", "[{\"version\":\"v1\",\"created\":\"yesterday\"}]", "[{\"version\":[],\"created\":{}}]"},
    {"update_date", "\"2008-11-13\"", "\"2008-13-45\"", "7", "[]"},
    {"doi", "\"10.1103/PhysRevD.76.013009\"", "\"10.1/a 10.1/b\"", "\"nope\"", "\"\"", "[]"},
    {"authors_parsed", "[[\"Author\",\"A.\",\"\"]]", "[]", "[[]]", "[[null]]", "[[\"\",\"x\"]]", "[[1,2,3]]",
      "[[{}]]", "[[[\"x\"]]]", "[[\"A\",{}]]", "[[\"A\",[1,2]]]", "[\"x\"]", "\"x\""},
    {"categories", "\"cs.LG stat.ML\"", "\"\"", "[]"},
    {"comments", "\"12 pages\"", "{}", "null"},
    {"journal-ref", "\"J. Phys. 1 (2000)\"", "[]"},
    {"license", "\"http://arxiv.org/licenses/nonexclusive-distrib/1.0/\"", "{}"},
    {"title", "\"A  title\"", "null", "{}"},
  };

  static final String[] JSON_LINES = {
    "", "", "  ", "\t", "null", "[]", "{}", "\"x\"", "1", "{\"id\":", "[".repeat(300) + "]".repeat(300),
    "{\"abstract\":\"" + "y".repeat(JSON_MAX_LINE) + "\"}",
    " ".repeat(JSON_MAX_LINE + 1),
  };

  /** A JSON object with a random choice of fields, each of a random shape; or a cut or odd line. */
  static String jsonLine(SplittableRandom random) {
    int kind = random.nextInt(18);
    if (kind < 13) {
      List<String> members = new ArrayList<>();
      for (String[] field : JSON_FIELDS) {
        // Mostly the first, well-formed value; the others one time in three.
        if (random.nextInt(5) > 0) {
          String value = random.nextInt(3) > 0 ? field[1] : field[1 + random.nextInt(field.length - 1)];
          members.add("\"" + field[0] + "\":" + value);
        }
      }
      String object = "{" + String.join(",", members) + "}";
      return kind < 10 ? object : object.substring(0, random.nextInt(object.length() + 1));
    }
    if (kind < 16) {
      return pick(random, JSON_LINES);
    }
    return noise(random);
  }

  /** Any short string: every char, control characters and lone surrogates included. */
  static String noise(SplittableRandom random) {
    int n = random.nextInt(MAX_LINE + 10);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) (0x20 + random.nextInt(0x5F)));
    }
    return sb.toString();
  }

  @SafeVarargs
  static <T> T pick(SplittableRandom random, T... values) {
    return values[random.nextInt(values.length)];
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length() && i < 2_000; i++) {
      char c = s.charAt(i);
      sb.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return sb.append(s.length() > 2_000 ? "...\"" : "\"").toString();
  }
}
