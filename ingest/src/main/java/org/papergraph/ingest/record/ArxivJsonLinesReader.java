package org.papergraph.ingest.record;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads arXiv's bulk metadata as JSON lines (the "arxiv-metadata-oai-snapshot" layout), one
 * object per line, one record at a time.
 *
 * <p>The created date is the submission day of the first version; authors come from
 * {@code authors_parsed}, in order. Titles, abstracts, comments, journal references and author
 * names are unwrapped and their TeX accents read as letters ({@link TexAccents}: arXiv keeps
 * "B\'ezier" as typed), so that what is stored, searched and matched is the text a reader sees. A
 * line that is not a usable record is rejected with its line number and reason; reading goes on.
 */
public final class ArxivJsonLinesReader implements RecordReader {
  private final BoundedLines in;
  private final String fileName;
  private final int maxLineChars;
  private long lineNo;
  private ReadResult next;
  private boolean eof;

  public ArxivJsonLinesReader(BufferedReader in, String fileName) {
    this(in, fileName, PaperRecordReader.DEFAULT_MAX_LINE_CHARS);
  }

  public ArxivJsonLinesReader(BufferedReader in, String fileName, int maxLineChars) {
    this.in = new BoundedLines(in, maxLineChars);
    this.fileName = fileName;
    this.maxLineChars = maxLineChars;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !eof) {
      String line;
      try {
        line = in.next();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + fileName + " after line " + lineNo, e);
      }
      if (line == null) {
        eof = true;
        close();
        break;
      }
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (in.tooLong()) {
        next = new ReadResult.Rejected(
            new SourceLocation(fileName, lineNo), "line is " + in.length() + " characters long, over the limit of " + maxLineChars, null);
      } else if (!line.isBlank()) {
        next = parse(line);
      }
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReadResult parse(String line) {
    SourceLocation at = new SourceLocation(fileName, lineNo);
    JsonObject o;
    try {
      JsonElement e = JsonParser.parseString(line);
      if (!e.isJsonObject()) {
        return new ReadResult.Rejected(at, "not a JSON object", null);
      }
      o = e.getAsJsonObject();
    } catch (JsonParseException e) {
      return new ReadResult.Rejected(at, "invalid JSON: " + rootMessage(e), null);
    }
    String[] id = null;
    try {
      String rawId = string(o, "id");
      if (rawId == null) {
        return new ReadResult.Rejected(at, "missing \"id\"", null);
      }
      id = ArxivIds.parse(rawId);
      if (id == null) {
        return new ReadResult.Rejected(at, "invalid arXiv id '" + rawId + "'", null);
      }
      String abstractText = text(o, "abstract");
      if (abstractText == null || abstractText.isEmpty()) {
        return new ReadResult.Rejected(at, "missing \"abstract\"", id[0]);
      }
      List<Version> versions = versions(o);
      LocalDate created = versions.isEmpty() ? updateDate(o) : versions.get(0).submitted().atZone(ZoneOffset.UTC).toLocalDate();
      if (created == null) {
        return new ReadResult.Rejected(at, "no date: neither \"versions\" nor \"update_date\" gives one", id[0]);
      }
      List<String> dois = new ArrayList<>();
      String doiField = string(o, "doi");
      if (doiField != null) {
        for (String d : doiField.strip().split("\\s+")) {
          String doi = Dois.normalise(d);
          if (doi == null) {
            return new ReadResult.Rejected(at, "invalid DOI '" + d + "'", id[0]);
          }
          if (!dois.contains(doi)) {
            dois.add(doi);
          }
        }
      }
      String comment = text(o, "comments");
      String categories = string(o, "categories");
      String latest = versions.isEmpty() ? id[1] : versions.get(versions.size() - 1).label();
      return new ReadResult.Accepted(
          new PaperRecord(
              id[0],
              latest,
              dois,
              created,
              text(o, "title"),
              abstractText,
              List.of(),
              comment == null || comment.isEmpty() ? List.of() : List.of(comment),
              at,
              authors(o),
              categories == null ? List.of() : List.of(categories.strip().split("\\s+")),
              text(o, "journal-ref"),
              string(o, "license"),
              versions.stream().map(v -> new PaperRecord.Version(v.label(), v.submitted())).toList()));
    } catch (BadField e) {
      return new ReadResult.Rejected(at, e.getMessage(), id == null ? null : id[0]);
    }
  }

  private record Version(String label, Instant submitted) {}

  private static List<Version> versions(JsonObject o) {
    JsonElement e = o.get("versions");
    if (e == null || e.isJsonNull()) {
      return List.of();
    }
    if (!e.isJsonArray()) {
      throw new BadField("\"versions\" is not an array");
    }
    List<Version> out = new ArrayList<>();
    for (JsonElement v : e.getAsJsonArray()) {
      if (!v.isJsonObject()) {
        throw new BadField("a \"versions\" entry is not an object");
      }
      String label = string(v.getAsJsonObject(), "version");
      String created = string(v.getAsJsonObject(), "created");
      if (label == null || created == null) {
        throw new BadField("a \"versions\" entry lacks \"version\" or \"created\"");
      }
      try {
        out.add(new Version(label, ZonedDateTime.parse(created, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
      } catch (DateTimeException ex) {
        throw new BadField("invalid version date '" + created + "' (expected e.g. 'Mon, 2 Apr 2007 19:18:42 GMT')");
      }
    }
    return out;
  }

  private static LocalDate updateDate(JsonObject o) {
    String d = string(o, "update_date");
    if (d == null) {
      return null;
    }
    try {
      return LocalDate.parse(d);
    } catch (DateTimeException e) {
      throw new BadField("invalid \"update_date\" '" + d + "'");
    }
  }

  private static List<PaperRecord.Author> authors(JsonObject o) {
    JsonElement e = o.get("authors_parsed");
    if (e == null || e.isJsonNull()) {
      return List.of();
    }
    if (!e.isJsonArray()) {
      throw new BadField("\"authors_parsed\" is not an array");
    }
    List<PaperRecord.Author> out = new ArrayList<>();
    for (JsonElement a : e.getAsJsonArray()) {
      if (!a.isJsonArray() || a.getAsJsonArray().isEmpty()) {
        throw new BadField("an \"authors_parsed\" entry is not a [family, given, suffix] array");
      }
      JsonArray parts = a.getAsJsonArray();
      String family = part(parts, 0);
      if (family == null || family.isBlank()) {
        throw new BadField("an author in \"authors_parsed\" has no family name");
      }
      out.add(
          new PaperRecord.Author(
              TexAccents.decode(family.strip()),
              TexAccents.decode(blankToNull(part(parts, 1))),
              TexAccents.decode(blankToNull(part(parts, 2)))));
    }
    return out;
  }

  private static String part(JsonArray a, int i) {
    if (i >= a.size() || a.get(i).isJsonNull()) {
      return null;
    }
    if (!a.get(i).isJsonPrimitive()) {
      throw new BadField("an author in \"authors_parsed\" has a name part that is not a string");
    }
    return a.get(i).getAsString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String string(JsonObject o, String field) {
    JsonElement e = o.get(field);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!e.isJsonPrimitive()) {
      throw new BadField("\"" + field + "\" is not a string");
    }
    return e.getAsString();
  }

  /** A text field as a reader sees it: unwrapped, its TeX accents turned into letters. */
  private static String text(JsonObject o, String field) {
    return TexAccents.decode(collapse(string(o, field)));
  }

  /** arXiv wraps titles and abstracts at fixed width; the wrapping is not part of the text. */
  private static String collapse(String s) {
    return s == null ? null : s.strip().replaceAll("\\s+", " ");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** A field of a record has the wrong shape; the message says which. */
  private static final class BadField extends RuntimeException {
    BadField(String message) {
      super(message, null, false, false);
    }
  }
}
