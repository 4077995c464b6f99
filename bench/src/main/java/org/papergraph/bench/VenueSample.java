package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecordReader;
import org.papergraph.ingest.record.ReadResult;

/**
 * Draws the comments to label for the venue evaluation (see the README beside the labelled set):
 * every comment paragraph of the input, read by the ingest's own record reader, falls into the
 * first stratum whose pattern it matches, in the order below; each stratum is shuffled with a fixed
 * seed and its first N comments are taken. The same input always gives the same sample, and the
 * patterns are about what kind of statement a comment is, not about any venue the resolver knows.
 *
 * Case matters for the acronyms (CVPRW, TIP), not for the words.
 *
 * <p>Usage: {@code VenueSample IN OUT.tsv} writes {@code arXiv id, stratum, comment} per line: the
 * first set (seed 17, the sizes below). {@code VenueSample IN OUT.tsv SEED EXCLUDE.tsv} draws a
 * held-out set: another seed, the held-out sizes, and no comment of an arXiv id that EXCLUDE.tsv
 * (a labelled set, id in the first column) already has. {@code VenueSample IN OUT.tsv SEED
 * EXCLUDE.tsv EXCLUDE2.tsv ...} (two or more labelled sets to leave out) draws a later set of 200
 * with the third sizes, so that each new draw is unseen by every rule written before it. With four
 * or more sets to leave out it draws 80 with the fifth sizes: none of the "other" stratum and
 * fewer earlier versions and submissions, since the fifth set measures the venues that are stated.
 * Five leave-out sets give the sixth sizes, six the seventh, seven or more the eighth.
 */
public final class VenueSample {
  static final long SEED = 17;

  /**
   * Stratum name, its pattern, how many to draw for the first set and for a held-out set. The
   * order decides where a comment falls. The held-out sizes take fewer comments that seldom name a
   * venue (earlier versions, submissions, the rest) and more of the journal, workshop and stated
   * strata, so that at least 200 of its comments state a venue. The third sizes keep about the
   * held-out proportions for 200 comments. The fifth sizes take 80 comments, mostly of the
   * workshop, journal and stated strata. The sixth sizes take 90, more of the journal and workshop
   * strata still, because the fifth set's 14 journal labels made each journal miss worth 7 points.
   * The seventh sizes take about 106, weighted to journals and workshops as the sixth, with every
   * stratum present (a few of the "other" stratum too), so that every status can be measured.
   * The eighth takes about 100 in the seventh's proportions, except that twice as many of the
   * stated stratum stand in for the journal and earlier-version strata, which the earlier draws
   * have nearly used up.
   */
  record Stratum(String name, Pattern pattern, List<Integer> sizes) {
    Stratum(String name, Pattern pattern, Integer... sizes) {
      this(name, pattern, List.of(sizes));
    }
  }

  /**
   * Which column of {@link Stratum#sizes} a draw takes, by how many labelled sets it leaves out:
   * the first set (none), the held-out (one), the third and fourth (two or three), the fifth,
   * sixth, seventh, and the eighth (seven or more).
   */
  static int draw(int leftOut) {
    return switch (leftOut) {
      case 0 -> 0;
      case 1 -> 1;
      case 2, 3 -> 2;
      case 4 -> 3;
      case 5 -> 4;
      case 6 -> 5;
      default -> 6;
    };
  }

  static final List<Stratum> STRATA =
      List.of(
          new Stratum("earlier", Pattern.compile("(?i)extended version|extension of|\\bextends\\b|preliminary|earlier version|conference version|journal version|short version"), 25, 15, 10, 4, 4, 4, 4),
          new Stratum("submitted", Pattern.compile("(?i)submitted|under review|under submission|in review|under consideration"), 30, 15, 10, 4, 4, 6, 6),
          new Stratum("findings", Pattern.compile("(?i)findings"), 20, 20, 14, 6, 4, 6, 6),
          new Stratum("workshop", Pattern.compile("(?i:workshop)|\\b\\p{Lu}{3,}W\\b|\\p{L}@\\p{Lu}"), 50, 55, 36, 20, 28, 30, 30),
          new Stratum(
              "journal",
              Pattern.compile(
                  "(?i:journal|transactions|letters|magazine|(?<!vision and )pattern recognition|information fusion|elsevier|springer)|\\bTMLR\\b|\\bJMLR\\b|\\bRA-?L\\b|\\bT-?PAMI\\b|\\bTVCG\\b|\\bTCSVT\\b|\\bTIP\\b|\\bNature\\b|\\bIEEE T[A-Z]"),
              75,
              80,
              54,
              20,
              28,
              30,
              30),
          new Stratum("to-appear", Pattern.compile("(?i)to appear|will appear|forthcoming|will be (?:published|presented)"), 20, 20, 13, 6, 4, 6, 6),
          new Stratum("stated", Pattern.compile("(?i)accept|publish|proceedings|conference|symposium|presented|\\b(?:19|20)\\d\\d\\b"), 75, 80, 53, 20, 18, 20, 40),
          new Stratum("other", Pattern.compile(""), 40, 15, 10, 0, 0, 4, 4));

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && args.length < 4) {
      System.err.println("usage: VenueSample IN OUT.tsv [SEED EXCLUDE.tsv...]");
      System.exit(2);
    }
    int draw = draw(Math.max(0, args.length - 3));
    long seed = args.length >= 4 ? Long.parseLong(args[2]) : SEED;
    Set<String> excluded = new HashSet<>();
    for (int i = 3; i < args.length; i++) {
      excluded.addAll(labelledIds(Path.of(args[i])));
    }
    Map<Stratum, List<String[]>> byStratum = new LinkedHashMap<>();
    STRATA.forEach(s -> byStratum.put(s, new ArrayList<>()));
    // The file repeats some records; a comment is drawn at most once.
    Set<String> seen = new HashSet<>();
    try (BufferedReader in = Inputs.open(Path.of(args[0]));
        PaperRecordReader reader = new PaperRecordReader(in, args[0])) {
      while (reader.hasNext()) {
        if (reader.next() instanceof ReadResult.Accepted a && !excluded.contains(a.record().arxivId())) {
          for (String comment : a.record().comments()) {
            String flat = comment.replaceAll("\\s+", " ").strip();
            for (Stratum s : STRATA) {
              if (s.pattern().matcher(flat).find()) {
                if (seen.add(a.record().arxivId() + "\t" + flat)) {
                  byStratum.get(s).add(new String[] {a.record().arxivId(), flat});
                }
                break;
              }
            }
          }
        }
      }
    }
    Random random = new Random(seed);
    try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
      for (Map.Entry<Stratum, List<String[]>> e : byStratum.entrySet()) {
        List<String[]> all = e.getValue();
        Collections.shuffle(all, random);
        Stratum stratum = e.getKey();
        int wanted = stratum.sizes().get(draw);
        int size = Math.min(all.size(), wanted);
        System.out.printf("%-10s %5d comments, %d drawn%n", e.getKey().name(), all.size(), size);
        for (String[] c : all.subList(0, size)) {
          out.println(c[0] + "\t" + e.getKey().name() + "\t" + c[1]);
        }
      }
    }
  }

  /** The arXiv ids of a labelled set: first column, comment lines (#) skipped. */
  private static Set<String> labelledIds(Path labels) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        ids.add(line.substring(0, line.indexOf('\t') < 0 ? line.length() : line.indexOf('\t')));
      }
    }
    return ids;
  }
}
