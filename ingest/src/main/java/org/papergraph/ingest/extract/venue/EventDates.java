package org.papergraph.ingest.extract.venue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the registry's edition dates ("November 28-December 9, 2022", "Dec 3-6, 2024",
 * "December 6, 2026"). What does not parse stays text only; nothing is guessed.
 */
final class EventDates {
  record Range(LocalDate start, LocalDate end) {}

  private static final Pattern RANGE =
      Pattern.compile(
          "([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:\\s*[-–]\\s*(?:([A-Za-z]+)\\.?\\s+)?(\\d{1,2}))?\\s*,\\s*(\\d{4})");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
          Map.entry("dec", 12));

  private EventDates() {}

  static Optional<Range> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = RANGE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    Integer startMonth = month(m.group(1));
    Integer endMonth = m.group(3) == null ? startMonth : month(m.group(3));
    if (startMonth == null || endMonth == null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(5));
    int startDay = Integer.parseInt(m.group(2));
    int endDay = m.group(4) == null ? startDay : Integer.parseInt(m.group(4));
    try {
      LocalDate start = LocalDate.of(year, startMonth, startDay);
      // "December 28 - January 2, 2026": the end falls in the next year.
      LocalDate end = LocalDate.of(endMonth < startMonth ? year + 1 : year, endMonth, endDay);
      return end.isBefore(start) ? Optional.empty() : Optional.of(new Range(start, end));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Integer month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Integer> e : MONTHS.entrySet()) {
      // The full name or a 3-4 letter abbreviation of it.
      if (w.startsWith(e.getKey()) && fullName(e.getValue()).startsWith(w)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String fullName(int month) {
    return java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
  }
}
