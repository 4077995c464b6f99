package org.papergraph.ingest.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paper record format one record at a time (see {@code docs/record-format.md}).
 *
 * <p>Memory is bounded by one record, whatever the file size. Every bad record becomes a {@link
 * ReadResult.Rejected} with its line and reason, and reading goes on with the next record.
 */
public final class PaperRecordReader implements RecordReader {
  /** Longest line kept; a longer one rejects its record and is skipped, not held in memory. */
  public static final int DEFAULT_MAX_LINE_CHARS = 1 << 20;

  private static final Pattern CODE_LINE =
      Pattern.compile("(?i)^(?:github\\s+link|code)\\s*:\\s*((?:https?://|www\\.|github\\.com|gitlab\\.com|bitbucket\\.org)\\S*)\\s*$");
  private static final Pattern ID_LINE = Pattern.compile("(?i)^arxiv\\s*:\\s*(.*)$");
  private static final Pattern DOI_SEPARATOR = Pattern.compile("(?i)\\s+-\\s+doi\\s*:\\s*");
  private static final Pattern CREATED_LINE = Pattern.compile("(?i)^created\\s*:\\s*(.*)$");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private final BoundedLines in;
  private final String fileName;
  private final int maxLineChars;
  private final Deque<ReadResult> pending = new ArrayDeque<>();
  private long lineNo;
  private boolean eof;

  private RecordBuilder current;
  private final List<String> paragraph = new ArrayList<>();
  private long paragraphStart;
  private long garbageStart = -1;
  private long garbageEnd;

  public PaperRecordReader(BufferedReader in, String fileName) {
    this(in, fileName, DEFAULT_MAX_LINE_CHARS);
  }

  public PaperRecordReader(BufferedReader in, String fileName, int maxLineChars) {
    this.in = new BoundedLines(in, maxLineChars);
    this.fileName = fileName;
    this.maxLineChars = maxLineChars;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty() && !eof) {
      readLine();
    }
    return !pending.isEmpty();
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.removeFirst();
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readLine() {
    String raw;
    try {
      raw = in.next();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + fileName + " after line " + lineNo, e);
    }
    if (raw == null) {
      endOfInput();
      return;
    }
    lineNo++;
    if (lineNo == 1 && !raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
      raw = raw.substring(1);
    }
    if (in.tooLong()) {
      endGarbage();
      flushParagraph();
      if (current == null) {
        current = new RecordBuilder(lineNo);
      }
      current.problem(lineNo, "line is " + in.length() + " characters long, over the limit of " + maxLineChars);
      current.lastLine = lineNo;
      return;
    }
    String line = raw.strip();
    if (line.isEmpty()) {
      endGarbage();
      flushParagraph();
      return;
    }
    if (isGarbage(line)) {
      garbageLine();
      return;
    }
    endGarbage();
    Matcher m;
    if ((m = CREATED_LINE.matcher(line)).matches()) {
      flushParagraph();
      created(m.group(1).strip());
    } else if ((m = ID_LINE.matcher(line)).matches()) {
      flushParagraph();
      startIfNeeded();
      current.idLine(lineNo, m.group(1).strip());
    } else if ((m = CODE_LINE.matcher(line)).matches()) {
      flushParagraph();
      startIfNeeded();
      current.codeLinks.add(m.group(1));
    } else {
      if (paragraph.isEmpty()) {
        startIfNeeded();
        paragraphStart = lineNo;
      }
      paragraph.add(line);
    }
    if (current != null) {
      current.lastLine = lineNo;
    }
  }

  /** Starts a record, first closing one that has its id but never reached {@code Created:}. */
  private void startIfNeeded() {
    if (current != null && current.idLineNo > 0) {
      reject(current, "missing 'Created:' line after the arXiv id on line " + current.idLineNo);
      current = null;
    }
    if (current == null) {
      current = new RecordBuilder(lineNo);
    }
  }

  private void flushParagraph() {
    if (paragraph.isEmpty()) {
      return;
    }
    // Records cut from arXiv keep its TeX accents ("B\'ezier"); the graph holds the letters.
    String text = TexAccents.decode(String.join(" ", paragraph));
    paragraph.clear();
    if (current.abstractText == null && current.codeLinks.isEmpty() && current.comments.isEmpty()) {
      current.abstractText = text;
    } else {
      current.comments.add(text);
    }
  }

  private void created(String value) {
    if (current == null) {
      pending.add(new ReadResult.Rejected(new SourceLocation(fileName, lineNo, lineNo), "'Created:' line with no record before it", null));
      return;
    }
    RecordBuilder b = current;
    current = null;
    b.createdLineNo = lineNo;
    b.lastLine = lineNo;
    b.createdText = value;
    b.finish();
  }

  private void garbageLine() {
    if (garbageStart < 0) {
      garbageStart = lineNo;
    }
    garbageEnd = lineNo;
    if (current != null) {
      current.problem(lineNo, "binary or control characters");
      current.lastLine = lineNo;
    }
  }

  private void endGarbage() {
    if (garbageStart < 0) {
      return;
    }
    if (current == null) {
      String where = garbageStart == garbageEnd ? "line " + garbageStart : "lines " + garbageStart + "-" + garbageEnd;
      pending.add(new ReadResult.Rejected(new SourceLocation(fileName, garbageStart, garbageEnd), "unreadable input (binary or control characters) on " + where + ", skipped", null));
    }
    garbageStart = -1;
  }

  private void endOfInput() {
    eof = true;
    endGarbage();
    flushParagraph();
    if (current != null) {
      reject(current, "record cut off at end of file: no 'Created:' line");
      current = null;
    }
    close();
  }

  /**
   * Rejects a record. A line the reader could not take (too long, binary) is named first: it is
   * why the record looks incomplete, e.g. a cut-off {@code Created:} line.
   */
  private void reject(RecordBuilder b, String reason) {
    String why = b.problem == null || b.problem.equals(reason) ? reason : b.problem + "; then " + reason;
    pending.add(new ReadResult.Rejected(new SourceLocation(fileName, b.startLine, b.lastLine), why, b.arxivId));
  }

  private static boolean isGarbage(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7F || c == '\uFFFD') {
        return true;
      }
    }
    return false;
  }

  /** A record while its lines are being read. */
  private final class RecordBuilder {
    final long startLine;
    /** The last line read into this record, blank lines after it not counted. */
    long lastLine;
    String abstractText;
    final List<String> codeLinks = new ArrayList<>();
    final List<String> comments = new ArrayList<>();
    long idLineNo;
    String idText;
    String arxivId;
    long createdLineNo;
    String createdText;
    String problem;

    RecordBuilder(long startLine) {
      this.startLine = startLine;
      this.lastLine = startLine;
    }

    void problem(long line, String what) {
      if (problem == null) {
        problem = what + " on line " + line;
      }
    }

    void idLine(long line, String text) {
      idLineNo = line;
      idText = text;
      String[] parts = DOI_SEPARATOR.split(text, 2);
      String[] id = ArxivIds.parse(parts[0]);
      arxivId = id == null ? null : id[0];
    }

    void finish() {
      if (problem != null) {
        reject(this, problem);
        return;
      }
      if (abstractText == null) {
        reject(this, "missing abstract: the record has no text paragraph before its other lines");
        return;
      }
      if (idLineNo == 0) {
        reject(this, "missing 'arXiv:' line before 'Created:' on line " + createdLineNo);
        return;
      }
      String[] parts = DOI_SEPARATOR.split(idText, 2);
      String[] id = ArxivIds.parse(parts[0]);
      if (id == null) {
        reject(this, "invalid arXiv id '" + clip(parts[0]) + "' on line " + idLineNo);
        return;
      }
      List<String> dois = new ArrayList<>();
      if (parts.length == 2) {
        for (String d : parts[1].strip().split("\\s+")) {
          String doi = Dois.normalise(d);
          if (doi == null) {
            reject(this, "invalid DOI '" + clip(d) + "' on line " + idLineNo);
            return;
          }
          if (!dois.contains(doi)) {
            dois.add(doi);
          }
        }
      }
      LocalDate created = parseDate(createdText);
      if (created == null) {
        reject(this, "invalid date '" + clip(createdText) + "' on line " + createdLineNo + " (expected YYYY-MM-DD)");
        return;
      }
      pending.add(
          new ReadResult.Accepted(
              new PaperRecord(id[0], id[1], dois, created, null, abstractText, codeLinks, comments, new SourceLocation(fileName, startLine, lastLine))));
    }
  }

  private static LocalDate parseDate(String text) {
    Matcher m = ISO_DATE.matcher(text);
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
