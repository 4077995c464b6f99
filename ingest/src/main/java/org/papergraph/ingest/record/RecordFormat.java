package org.papergraph.ingest.record;

import java.io.BufferedReader;
import java.util.Locale;
import java.util.Optional;

/** The input formats ingest reads. */
public enum RecordFormat {
  /** The paper record format ({@code docs/record-format.md}). */
  RECORD("record"),
  /** arXiv's bulk metadata as JSON lines. */
  ARXIV_JSONL("jsonl");

  private final String cliName;

  RecordFormat(String cliName) {
    this.cliName = cliName;
  }

  /** The name users type: {@code record} or {@code jsonl}. */
  public String cliName() {
    return cliName;
  }

  /** The format a user named, or empty when the name is unknown. */
  public static Optional<RecordFormat> byName(String name) {
    for (RecordFormat f : values()) {
      if (f.cliName.equalsIgnoreCase(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The format a file name implies: {@code .jsonl} or {@code .json} (optionally gzipped) is JSON lines. */
  public static RecordFormat fromFileName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    return n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson") ? ARXIV_JSONL : RECORD;
  }

  /** A reader of this format over {@code in}; {@code name} appears in every report line. */
  public RecordReader reader(BufferedReader in, String name) {
    return switch (this) {
      case RECORD -> new PaperRecordReader(in, name);
      case ARXIV_JSONL -> new ArxivJsonLinesReader(in, name);
    };
  }
}
