package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.papergraph.ingest.record.Inputs;

/**
 * Makes an input FACTOR times as large from real records: copy k (0 to FACTOR-1) of every record,
 * with copy 0 the original; copies 1.. get fresh arXiv ids by moving the id's year back by k
 * (2503.11731 becomes 2403.11731, 2303.11731, ...), so that every id is well-formed and
 * everything else in the record is real text. Years go back to 2009 at most ({@value #FIRST_YEAR});
 * beyond that, each further round of copies starts again from the original year with
 * {@value #ROUND_OFFSET} added to the sequence number (copy 17 of 2503.11731 is 2503.61731), so a
 * FACTOR of 29 gives a million records from 35,020. Some real records carry older ids, so a moved id
 * can be taken already: by a real record (all are read first) or by an earlier copy. Such a copy
 * takes the next free sequence number of the same month instead, so every id in the output is
 * unique; the count of such copies is printed. The copies are interleaved record by
 * record, not appended file by file, so that the store grows evenly across all months and
 * topics as it would with real growth.
 *
 * <p>Usage: {@code Resample IN OUT.txt.gz FACTOR}
 */
public final class Resample {
  /** The earliest year a copy's id is moved back to. */
  static final int FIRST_YEAR = 9;
  /** Added to the sequence number once per round of copies down to {@link #FIRST_YEAR}. */
  static final int ROUND_OFFSET = 50000;

  private static final Pattern ID_LINE = Pattern.compile("^arXiv:(\\d{2})(\\d{2}\\.\\d{4,5})(.*)$");

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int factor = Integer.parseInt(args[2]);
    long records = 0;
    Set<String> taken = new HashSet<>();
    try (BufferedReader reader = Inputs.open(in)) {
      String line;
      while ((line = reader.readLine()) != null) {
        Matcher m = ID_LINE.matcher(line);
        if (m.matches()) {
          taken.add(m.group(1) + m.group(2));
        }
      }
    }
    long[] movedFurther = {0};
    try (BufferedReader reader = Inputs.open(in);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8))) {
      List<String> record = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        record.add(line);
        if (line.startsWith("Created:")) {
          for (int k = 0; k < factor; k++) {
            write(record, k, taken, movedFurther, writer, in, records);
          }
          records++;
          record.clear();
        }
      }
      if (record.stream().anyMatch(l -> !l.isBlank())) {
        throw new IllegalArgumentException(in + ": text after the last record's Created: line");
      }
    }
    System.out.printf("resampled %,d records x %d = %,d records into %s; %,d copies renumbered, their moved id taken%n",
        records, factor, records * factor, out, movedFurther[0]);
  }

  // MM.NNNNN with offset added to NNNNN, as many digits; unchanged when it would need more (the
  // caller then takes the next free number).
  private static String withOffset(String monthAndSequence, int offset) {
    int dot = monthAndSequence.indexOf('.');
    String sequence = monthAndSequence.substring(dot + 1);
    long moved = Long.parseLong(sequence) + offset;
    String formatted = String.format("%0" + sequence.length() + "d", moved);
    return formatted.length() == sequence.length() ? monthAndSequence.substring(0, dot + 1) + formatted : monthAndSequence;
  }

  // The same year and month, the next sequence number nobody has, with as many digits.
  private static String nextFree(String id, Set<String> taken, Path in, long recordNo) {
    int dot = id.indexOf('.');
    String prefix = id.substring(0, dot + 1);
    int digits = id.length() - dot - 1;
    int limit = (int) Math.pow(10, digits);
    for (int n = Integer.parseInt(id.substring(dot + 1)) + 1; n < limit; n++) {
      String candidate = prefix + String.format("%0" + digits + "d", n);
      if (taken.add(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(in + ", record " + (recordNo + 1) + ": no free id left after " + id);
  }

  private static void write(List<String> record, int k, Set<String> taken, long[] movedFurther, BufferedWriter w, Path in, long recordNo)
      throws IOException {
    boolean idSeen = false;
    for (String line : record) {
      Matcher m = ID_LINE.matcher(line);
      if (m.matches()) {
        int original = Integer.parseInt(m.group(1));
        if (original < FIRST_YEAR) {
          throw new IllegalArgumentException(in + ", record " + (recordNo + 1) + ": id year before 20" + FIRST_YEAR + ": " + line);
        }
        int span = original - FIRST_YEAR + 1;
        String id = String.format("%02d", original - k % span) + withOffset(m.group(2), k / span * ROUND_OFFSET);
        if (k > 0 && !taken.add(id)) {
          id = nextFree(id, taken, in, recordNo);
          movedFurther[0]++;
        }
        line = "arXiv:" + id + m.group(3);
        idSeen = true;
      } else if (line.startsWith("arXiv:") && k > 0) {
        throw new IllegalArgumentException(in + ", record " + (recordNo + 1) + ": an id of a form this resampler cannot renew: " + line);
      }
      w.write(line);
      w.newLine();
    }
    if (!idSeen && k > 0) {
      throw new IllegalArgumentException(in + ", record " + (recordNo + 1) + ": no arXiv: line");
    }
    w.newLine();
  }
}
