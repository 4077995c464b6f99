package org.papergraph.api.paper;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.index.Terms;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Limits;
import org.springframework.util.MultiValueMap;

/**
 * The filters, sort, page and facets of one {@code /api/papers} request, checked. Values of one
 * filter are alternatives (topic=a&topic=b: either); different filters must all hold.
 */
record PaperQuery(
    Set<String> topics,
    Set<String> venues,
    Set<String> owners,
    Set<Integer> years,
    LocalDate from,
    LocalDate to,
    Boolean hasCode,
    String text,
    String sort,
    int perPage,
    Cursor cursor,
    List<String> facets) {

  static final int DEFAULT_PAGE = 25;
  static final int MAX_PAGE = 100;
  static final List<String> SORTS = List.of("date", "date:asc", "relevance");
  static final List<String> FACETS = List.of("topic", "venue", "year", "owner");
  static final Set<String> PARAMETERS =
      Set.of("topic", "venue", "owner", "year", "from", "to", "hasCode", "q", "sort", "perPage", "cursor", "facets");

  static PaperQuery parse(MultiValueMap<String, String> params, EntityIds ids) {
    for (String name : params.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw new BadRequestException("unknown parameter '" + name + "'; known: " + String.join(", ", PARAMETERS.stream().sorted().toList()));
      }
    }
    Set<String> topics = new LinkedHashSet<>();
    for (String t : values(params, "topic")) {
      topics.add(ids.topicIri("topic", t));
    }
    Set<String> venues = new LinkedHashSet<>();
    for (String v : values(params, "venue")) {
      venues.add(ids.venueIri("venue", v));
    }
    Set<String> owners = new LinkedHashSet<>();
    for (String o : values(params, "owner")) {
      owners.add(ids.ownerIri("owner", o));
    }
    Set<Integer> years = new LinkedHashSet<>();
    for (String y : values(params, "year")) {
      if (!y.matches("\\d{4}")) {
        throw new BadRequestException("year: '" + y + "' is not a year (expected four digits, e.g. 2022)");
      }
      years.add(Integer.valueOf(y));
    }
    LocalDate from = date("from", single(params, "from"), false);
    LocalDate to = date("to", single(params, "to"), true);
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("from: " + from + " is after to: " + to);
    }
    Boolean hasCode = bool("hasCode", single(params, "hasCode"));
    String q = single(params, "q");
    String text = q == null ? null : q.strip();
    if (text != null && Terms.of(text).isEmpty()) {
      throw new BadRequestException("q: '" + q + "' has no words to search for");
    }
    String sort = single(params, "sort");
    if (sort == null) {
      sort = text == null ? "date" : "relevance";
    } else if (!SORTS.contains(sort)) {
      throw new BadRequestException("sort: '" + sort + "' is not one of " + String.join(", ", SORTS));
    }
    if (sort.equals("relevance") && text == null) {
      throw new BadRequestException("sort: relevance needs a text query q");
    }
    int perPage = perPage(single(params, "perPage"));
    String c = single(params, "cursor");
    Cursor cursor = c == null ? null : Cursor.decode(c, sort);
    List<String> facets = facets(single(params, "facets"));
    return new PaperQuery(topics, venues, owners, years, from, to, hasCode, text, sort, perPage, cursor, facets);
  }

  /** Whether any of the filters {@link #matchesDatesAndCode} applies is given. */
  boolean filtersDatesOrCode() {
    return !years.isEmpty() || from != null || to != null || hasCode != null;
  }

  /**
   * True when {@code r} passes the date and code filters. The others (topic, venue, owner, text)
   * are answered for all rows at once, from the index's postings and the store's text search.
   */
  boolean matchesDatesAndCode(PaperIndex.Row r) {
    return (years.isEmpty() || years.contains(r.created().getYear()))
        && (from == null || !r.created().isBefore(from))
        && (to == null || !r.created().isAfter(to))
        && (hasCode == null || hasCode == r.hasCode());
  }

  /** The filters alone, as a key: two queries with the same key match the same papers. */
  String filterKey() {
    return String.join("|", new java.util.TreeSet<>(topics).toString(), new java.util.TreeSet<>(venues).toString(),
        new java.util.TreeSet<>(owners).toString(), new java.util.TreeSet<>(years).toString(), String.valueOf(from),
        String.valueOf(to), String.valueOf(hasCode), text == null ? "" : text);
  }

  private static List<String> values(MultiValueMap<String, String> params, String name) {
    List<String> out = new ArrayList<>();
    for (String v : params.getOrDefault(name, List.of())) {
      // Comma-separated values are alternatives too: topic=a,b is topic=a&topic=b.
      for (String part : v.split(",", -1)) {
        if (part.isBlank()) {
          throw new BadRequestException(name + ": empty value in '" + v + "'");
        }
        out.add(part.strip());
      }
    }
    return out;
  }

  private static String single(MultiValueMap<String, String> params, String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.size() > 1) {
      throw new BadRequestException(name + ": given " + v.size() + " times; give it once");
    }
    return v.get(0);
  }

  /** yyyy-mm-dd, yyyy-mm or yyyy; a partial date means its first day ({@code from}) or last day ({@code to}). */
  private static LocalDate date(String name, String v, boolean end) {
    if (v == null) {
      return null;
    }
    try {
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(v);
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + ": '" + v + "' is not a date (expected yyyy-mm-dd, yyyy-mm or yyyy)");
    }
  }

  private static Boolean bool(String name, String v) {
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadRequestException(name + ": '" + v + "' is not true or false");
    };
  }

  private static int perPage(String v) {
    return v == null ? DEFAULT_PAGE : Limits.parse("perPage", v, MAX_PAGE);
  }

  private static List<String> facets(String v) {
    if (v == null) {
      return FACETS;
    }
    List<String> out = new ArrayList<>();
    for (String f : v.split(",")) {
      if (f.isBlank()) {
        continue;
      }
      if (!FACETS.contains(f.strip())) {
        throw new BadRequestException("facets: '" + f.strip() + "' is not one of " + String.join(", ", FACETS));
      }
      out.add(f.strip());
    }
    return out;
  }
}
