package org.papergraph.ingest.extract.venue;

import java.util.Objects;

/**
 * One venue statement resolved: what the text says, kept as said.
 *
 * @param status the status the text states
 * @param series the series it names (provisional when no registry lists it)
 * @param year the edition's year when the text states it, else null: a year is never guessed
 * @param rawText the comment the statement was found in, verbatim
 * @param part the workshop or track of the series' edition the statement names, or null
 */
public record VenueClaim(VenueStatus status, VenueSeries series, Integer year, String rawText, VenuePart part) {

  public VenueClaim {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(rawText, "rawText");
  }

  /** A claim about the series' edition itself, no workshop or track of it. */
  public VenueClaim(VenueStatus status, VenueSeries series, Integer year, String rawText) {
    this(status, series, year, rawText, null);
  }

  public boolean provisional() {
    return series.provisional();
  }
}
