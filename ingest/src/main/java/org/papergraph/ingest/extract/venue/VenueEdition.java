package org.papergraph.ingest.extract.venue;

import java.time.LocalDate;

/**
 * One yearly edition of a series as a registry lists it.
 *
 * @param year the edition's year
 * @param dateText the dates as the registry writes them, or null
 * @param startDate the first day, when {@code dateText} parses, else null
 * @param endDate the last day, when {@code dateText} parses, else null
 * @param place the place as written, or null
 * @param link the edition's web page, or null
 */
public record VenueEdition(int year, String dateText, LocalDate startDate, LocalDate endDate, String place, String link) {}
