package org.papergraph.ingest.extract.venue;

import java.util.Objects;

/**
 * One venue statement resolved: what the text says, kept as said.
 *
 * @param status the status the text states
 * @param series the series it names (provisional when no registry lists it)
 * @param year the edition's year when the text states it, else null: a year is never guessed
 * @param rawText the comment the statement was found in, verbatim
 */
public record VenueClaim(VenueStatus status, VenueSeries series, Integer year, String rawText) {

  public VenueClaim {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(rawText, "rawText");
  }

  public boolean provisional() {
    return series.provisional();
  }
}
