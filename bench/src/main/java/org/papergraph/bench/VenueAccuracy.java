package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Usage: {@code VenueAccuracy LABELS.tsv} (bench/venue runs it on the labelled set).
 */
public final class VenueAccuracy {
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: VenueAccuracy LABELS.tsv");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    List<VenueEvaluation.Label> labels;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      labels = VenueEvaluation.read(in, file.toString());
    }
    VenueResolver resolver = new VenueResolver(VenueRegistry.fromClasspath());
    System.out.print(VenueEvaluation.evaluate(resolver, labels).format());
  }
}
