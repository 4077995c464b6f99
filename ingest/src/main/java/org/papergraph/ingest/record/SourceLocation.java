package org.papergraph.ingest.record;

/**
 * Where something was read.
 *
 * @param file the file's name as the user gave it
 * @param line the 1-based line number where the record starts
 */
public record SourceLocation(String file, long line) {
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
