package org.papergraph.ingest.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * What one ingest did: how many records were read and what became of each, with every rejected
 * record's place and reason.
 */
public final class IngestReport {
  /** A record that was not ingested. */
  public record Rejection(String file, long line, String arxivId, String reason) {}

  /** A record whose id an earlier record in the same input had; the later one wins. */
  public record Duplicate(String arxivId, String file, long earlierLine, long laterLine) {}

  private final String runIri;
  private enum Outcome { ADDED, REPLACED, UNCHANGED }

  private long read;
  private long added;
  private long replaced;
  private long unchanged;
  // The first outcome per id: a duplicate later in the same input rewrites a graph this run
  // already added, and that record still counts once, as added.
  private final Map<String, Outcome> outcomes = new HashMap<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<Duplicate> duplicates = new ArrayList<>();

  /**
   * What the bulk path's load did (quads, and the time of the loader, the full-text index and the
   * hooks' commit), or null for an ingest through the normal path.
   */
  public record BulkFigures(long quads, long loadMillis, long textIndexMillis, long hooksMillis) {}

  private BulkFigures bulk;

  public IngestReport(String runIri) {
    this.runIri = runIri;
  }

  void countRead() {
    read++;
  }

  void countAdded(String arxivId) {
    count(arxivId, Outcome.ADDED);
  }

  void countReplaced(String arxivId) {
    count(arxivId, Outcome.REPLACED);
  }

  void countUnchanged(String arxivId) {
    count(arxivId, Outcome.UNCHANGED);
  }

  private void count(String arxivId, Outcome outcome) {
    if (outcomes.putIfAbsent(arxivId, outcome) != null) {
      return;
    }
    switch (outcome) {
      case ADDED -> added++;
      case REPLACED -> replaced++;
      case UNCHANGED -> unchanged++;
    }
  }

  void bulkLoaded(BulkFigures figures) {
    this.bulk = figures;
  }

  /** The bulk load's figures, or null when the records went through the normal path. */
  public BulkFigures bulk() {
    return bulk;
  }

  void reject(Rejection r) {
    rejections.add(r);
  }

  void duplicate(Duplicate d) {
    duplicates.add(d);
  }

  public String runIri() {
    return runIri;
  }

  /** Records and unreadable stretches seen in the input. */
  public long read() {
    return read;
  }

  /** Records whose graph is new to the store. */
  public long added() {
    return added;
  }

  /** Records whose graph existed and was replaced with different content. */
  public long replaced() {
    return replaced;
  }

  /** Records whose graph existed with the same content, left as it was. */
  public long unchanged() {
    return unchanged;
  }

  /** Records now in the store from this input: added, replaced or unchanged. */
  public long ingested() {
    return added + replaced + unchanged;
  }

  public long rejected() {
    return rejections.size();
  }

  public List<Rejection> rejections() {
    return Collections.unmodifiableList(rejections);
  }

  public List<Duplicate> duplicates() {
    return Collections.unmodifiableList(duplicates);
  }

  /** A report for people: the counts, then one line per rejection and duplicate. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(
        "read %d, ingested %d (added %d, replaced %d, unchanged %d), rejected %d, duplicate ids %d%n",
        read, ingested(), added, replaced, unchanged, rejected(), duplicates.size()));
    if (bulk != null) {
      sb.append(String.format("bulk load: %d quads loaded in %.1f s, full-text index finished in %.1f s, change feed and VoID statistics in %.1f s%n",
          bulk.quads(), bulk.loadMillis() / 1e3, bulk.textIndexMillis() / 1e3, bulk.hooksMillis() / 1e3));
    }
    for (Rejection r : rejections) {
      sb.append("rejected ").append(r.file()).append(':').append(r.line());
      if (r.arxivId() != null) {
        sb.append(" (").append(r.arxivId()).append(')');
      }
      sb.append(": ").append(r.reason()).append(System.lineSeparator());
    }
    for (Duplicate d : duplicates) {
      sb.append("duplicate ").append(d.arxivId()).append(" in ").append(d.file())
          .append(": line ").append(d.laterLine()).append(" replaces line ").append(d.earlierLine())
          .append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** The same report as a JSON object. */
  public String toJson() {
    StringBuilder sb = new StringBuilder("{");
    sb.append("\"run\":").append(Json.string(runIri));
    sb.append(",\"read\":").append(read);
    sb.append(",\"ingested\":").append(ingested());
    sb.append(",\"added\":").append(added);
    sb.append(",\"replaced\":").append(replaced);
    sb.append(",\"unchanged\":").append(unchanged);
    sb.append(",\"rejected\":").append(rejected());
    if (bulk != null) {
      sb.append(",\"bulkLoad\":{\"quads\":").append(bulk.quads())
          .append(",\"loadMillis\":").append(bulk.loadMillis())
          .append(",\"textIndexMillis\":").append(bulk.textIndexMillis())
          .append(",\"hooksMillis\":").append(bulk.hooksMillis()).append('}');
    }
    sb.append(",\"rejections\":[");
    for (int i = 0; i < rejections.size(); i++) {
      Rejection r = rejections.get(i);
      sb.append(i == 0 ? "" : ",").append("{\"file\":").append(Json.string(r.file()))
          .append(",\"line\":").append(r.line())
          .append(",\"arxivId\":").append(Json.string(r.arxivId()))
          .append(",\"reason\":").append(Json.string(r.reason())).append('}');
    }
    sb.append("],\"duplicates\":[");
    for (int i = 0; i < duplicates.size(); i++) {
      Duplicate d = duplicates.get(i);
      sb.append(i == 0 ? "" : ",").append("{\"arxivId\":").append(Json.string(d.arxivId()))
          .append(",\"file\":").append(Json.string(d.file()))
          .append(",\"earlierLine\":").append(d.earlierLine())
          .append(",\"laterLine\":").append(d.laterLine()).append('}');
    }
    return sb.append("]}").toString();
  }
}
