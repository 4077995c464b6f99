package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.papergraph.ingest.extract.venue.VenueEvaluation;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.extract.venue.VenueResolver;

/**
 * Prints how well the venue resolver does on the hand-labelled comments: accuracy overall, per
 * status and per kind, precision of its claims and coverage of the labelled statements, the venues
 * it claimed from submissions, and every miss. The resolver is
 * built as the mapper's is (registry from the classpath seeds).
 *
 * <p>Usage: {@code VenueAccuracy LABELS.tsv...} (bench/venue runs it on the labelled set). Given
 * several files, it scores their comments as one set, so that the figures over all labelled sets
 * are the counts of each summed, not a mean of the sets' rates.
 */
public final class VenueAccuracy {
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: VenueAccuracy LABELS.tsv...");
      System.exit(2);
    }
    List<VenueEvaluation.Label> labels = new ArrayList<>();
    for (String arg : args) {
      Path file = Path.of(arg);
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        labels.addAll(VenueEvaluation.read(in, file.toString()));
      }
    }
    VenueResolver resolver = new VenueResolver(VenueRegistry.fromClasspath());
    System.out.print(VenueEvaluation.evaluate(resolver, labels).format());
  }
}
