package org.papergraph.ingest.record;

/**
 * Where something was read.
 *
 * @param file the file's name as the user gave it
 * @param line the 1-based line number where the record starts
 * @param lastLine the last line that belongs to it (blank lines after it not counted); equal to
 *     {@code line} for a one-line record
 */
public record SourceLocation(String file, long line, long lastLine) {
  public SourceLocation {
    if (lastLine < line) {
      throw new IllegalArgumentException("last line " + lastLine + " is before first line " + line);
    }
  }

  /** One line. */
  public SourceLocation(String file, long line) {
    this(file, line, line);
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
