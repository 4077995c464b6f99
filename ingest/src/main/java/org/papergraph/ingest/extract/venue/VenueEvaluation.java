package org.papergraph.ingest.extract.venue;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.papergraph.ingest.record.TexAccents;

/**
 * Scores a {@link VenueResolver} against comments whose venue statements were labelled by hand
 * (the labelled set and its rules: {@code venue-labels.tsv} and the README beside it in the
 * ingest tests).
 *
 * <p>A comment is right when every venue its labels name is among the claims the resolver makes
 * for it (same series, year and status), and the resolver makes no other claim that says the paper
 * is at a venue ({@link VenueStatus#presented()}). Claims that only say "submitted" or "under
 * review" are not venues and are neither required nor counted against it. A label whose venue the
 * text does not name (a workshop with neither a name nor a host, a book) is right when no wrong
 * venue is claimed.
 */
public final class VenueEvaluation {
  /** The statuses a label may give; the first four state a venue. */
  static final List<String> STATUSES =
      List.of("accepted", "published", "to-appear", "workshop", "submitted", "under-review", "earlier-version", "none");

  static final Set<String> KINDS = Set.of("conference", "journal", "workshop", "findings", "book", "none");

  private static final Map<String, VenueStatus> VENUE_STATUSES =
      Map.of("accepted", VenueStatus.ACCEPTED, "published", VenueStatus.PUBLISHED, "to-appear", VenueStatus.TO_APPEAR, "workshop", VenueStatus.WORKSHOP);

  private VenueEvaluation() {}

  /**
   * One labelled venue statement; a comment with two statements has two labels.
   *
   * @param series the series key (acronym as commonly written, or the full name), or null for none
   * @param year the year the text gives, or null
   * @param hostSeries for a workshop, the series of the conference it is held at, or null
   * @param hostYear that conference's year, or null
   */
  public record Label(
      int line, String arxivId, String stratum, String status, String kind, String series, Integer year, String hostSeries, Integer hostYear, String comment) {

    /** True when the statement says the paper is (or will be) at a venue. */
    public boolean statesVenue() {
      return VENUE_STATUSES.containsKey(status);
    }

    /** The claim the resolver must make: the host's series and year for a workshop at a named host. */
    String expectedSeries() {
      return hostSeries != null ? hostSeries : series;
    }

    Integer expectedYear() {
      return hostSeries != null ? hostYear : year;
    }

    String describe() {
      String venue = expectedSeries() == null ? "(unnamed)" : expectedSeries() + " " + (expectedYear() == null ? "-" : expectedYear());
      return status + " " + venue;
    }
  }

  /**
   * One comment with its labels, the claims the resolver made, and whether they are right.
   *
   * @param unlisted the labels stating a venue that no registry series is named as, so that only a
   *     provisional series can be right for them
   */
  public record Outcome(
      String arxivId, String comment, List<Label> labels, List<VenueClaim> claims, boolean correct, boolean venueFromSubmission, Set<Label> unlisted) {}

  /** Reads the labelled set; anything malformed fails with its line number. */
  public static List<Label> read(BufferedReader in, String source) throws IOException {
    List<Label> out = new ArrayList<>();
    String row;
    int n = 0;
    while ((row = in.readLine()) != null) {
      n++;
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t", -1);
      String where = source + " line " + n;
      if (f.length != 8) {
        throw new IllegalArgumentException(where + ": expected 8 tab-separated fields, found " + f.length);
      }
      String status = f[2].strip();
      if (!STATUSES.contains(status)) {
        throw new IllegalArgumentException(where + ": unknown status '" + status + "' (expected one of " + STATUSES + ")");
      }
      String kind = f[3].strip();
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException(where + ": unknown kind '" + kind + "' (expected one of " + KINDS + ")");
      }
      if (VENUE_STATUSES.containsKey(status) && kind.equals("none")) {
        throw new IllegalArgumentException(where + ": status '" + status + "' says the paper is at a venue, but the kind is 'none' (a statement that names no venue has status 'none')");
      }
      String host = dash(f[6]);
      String hostSeries = null;
      Integer hostYear = null;
      if (host != null) {
        int space = host.lastIndexOf(' ');
        if (space < 0) {
          throw new IllegalArgumentException(where + ": host '" + host + "' must be 'SERIES YEAR' or 'SERIES -'");
        }
        hostSeries = host.substring(0, space).strip();
        hostYear = year(host.substring(space + 1), where);
      }
      if (f[7].isBlank()) {
        throw new IllegalArgumentException(where + ": no comment text");
      }
      out.add(new Label(n, f[0].strip(), f[1].strip(), status, kind, dash(f[4]), year(f[5], where), hostSeries, hostYear, f[7]));
    }
    return out;
  }

  private static String dash(String field) {
    String s = field.strip();
    return s.isEmpty() || s.equals("-") ? null : s;
  }

  private static Integer year(String field, String where) {
    String s = field.strip();
    if (s.isEmpty() || s.equals("-")) {
      return null;
    }
    if (!s.matches("(?:19|20)\\d\\d")) {
      throw new IllegalArgumentException(where + ": year '" + s + "' is not a four-digit year or '-'");
    }
    return Integer.parseInt(s);
  }

  /**
   * Runs the resolver over every labelled comment, once per comment, as ingest hands it over: the
   * labels copy arXiv's comments as written, and both record readers read their TeX accents as
   * letters ({@link TexAccents}) before anything resolves them.
   */
  public static Report evaluate(VenueResolver resolver, List<Label> labels) {
    Map<String, List<Label>> byComment = new LinkedHashMap<>();
    for (Label l : labels) {
      byComment.computeIfAbsent(l.arxivId() + "\t" + l.comment(), k -> new ArrayList<>()).add(l);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (List<Label> group : byComment.values()) {
      String comment = group.get(0).comment();
      List<VenueClaim> claims = resolver.resolve(TexAccents.decode(comment));
      List<VenueClaim> presented = claims.stream().filter(c -> c.status().presented()).toList();
      boolean allFound = group.stream().filter(l -> l.statesVenue() && l.expectedSeries() != null).allMatch(l -> presented.stream().anyMatch(c -> matches(l, c)));
      boolean noneWrong = presented.stream().allMatch(c -> group.stream().anyMatch(l -> l.statesVenue() && matches(l, c)));
      boolean submission = group.stream().anyMatch(l -> l.status().equals("submitted") || l.status().equals("under-review"));
      Set<Label> unlisted =
          group.stream()
              .filter(l -> l.statesVenue() && l.expectedSeries() != null)
              .filter(l -> resolver.registry().series().stream().noneMatch(s -> names(s, l.expectedSeries())))
              .collect(Collectors.toUnmodifiableSet());
      outcomes.add(new Outcome(group.get(0).arxivId(), comment, List.copyOf(group), claims, allFound && noneWrong, submission && !noneWrong, unlisted));
    }
    return new Report(outcomes);
  }

  static boolean matches(Label l, VenueClaim c) {
    if (l.expectedSeries() == null) {
      // A workshop the text names by neither an acronym nor a host ("Published in the First
      // Workshop of Evaluation of Multi-Modal Generation 2025") has no key to compare: a workshop
      // named as the text names it, in the stated year, is that workshop, whether provisional or a
      // registry series the text writes out by one of its names ("Austrian Robotics Workshop 2025",
      // ARW; "Speech Synthesis Workshop 2025", SSW).
      if (!l.kind().equals("workshop") || c.status() != VenueStatus.WORKSHOP || c.part() != null || !Objects.equals(c.year(), l.expectedYear())) {
        return false;
      }
      String comment = VenueText.compact(l.comment());
      List<String> names = new ArrayList<>();
      if (c.series().fullName() != null) {
        names.add(c.series().fullName());
      }
      if (!c.provisional()) {
        c.series().aliases().stream().filter(a -> a.contains(" ")).forEach(names::add);
      }
      return names.stream().anyMatch(n -> comment.contains(VenueText.compact(n)));
    }
    return c.status() == VENUE_STATUSES.get(l.status())
        && Objects.equals(c.year(), l.expectedYear())
        && names(c.series(), l.expectedSeries());
  }

  /**
   * The label's key against every way the series is written, ignoring case and punctuation, and
   * "&" read as "and" ("Information Processing & Management" is "… and Management") or, in an
   * acronym, as punctuation ("IP&M" is IPM).
   */
  static boolean names(VenueSeries s, String key) {
    String asAnd = keyOf(key);
    String bare = VenueText.compact(key);
    java.util.function.Predicate<String> named = written -> {
      String k = keyOf(written);
      return k.equals(asAnd) || k.equals(bare);
    };
    return named.test(s.acronym()) || (s.fullName() != null && named.test(s.fullName())) || s.aliases().stream().anyMatch(named);
  }

  private static String keyOf(String name) {
    return VenueText.compact(name.replace("&", " and "));
  }

  /** Accuracy as right / all. */
  public record Score(int right, int all) {
    public double accuracy() {
      return all == 0 ? Double.NaN : (double) right / all;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", accuracy(), right, all);
    }
  }

  /** The outcomes and the figures drawn from them. */
  public record Report(List<Outcome> outcomes) {
    public Score overall() {
      return new Score((int) outcomes.stream().filter(Outcome::correct).count(), outcomes.size());
    }

    /** Per label status: the comments that carry a label of that status. */
    public Map<String, Score> byStatus() {
      return by(l -> true, Label::status, STATUSES);
    }

    /**
     * Per kind, over the labels that state a venue (a submission to a journal is no journal venue);
     * then "provisional", the comments with a label whose venue no registry series is named as (it
     * cuts across the kinds, and shrinks as the registry grows), and "none", the comments none of
     * whose labels states a venue (right when no venue is claimed).
     */
    public Map<String, Score> byKind() {
      Map<String, Score> out = by(Label::statesVenue, Label::kind, List.of("conference", "journal", "workshop", "findings", "book"));
      out.put("provisional", score(o -> !o.unlisted().isEmpty()));
      out.put("none", score(o -> o.labels().stream().noneMatch(Label::statesVenue)));
      return out;
    }

    private Score score(Predicate<Outcome> which) {
      List<Outcome> some = outcomes.stream().filter(which).toList();
      return new Score((int) some.stream().filter(Outcome::correct).count(), some.size());
    }

    private Map<String, Score> by(Predicate<Label> which, Function<Label, String> key, List<String> order) {
      Map<String, int[]> counts = new LinkedHashMap<>();
      order.forEach(k -> counts.put(k, new int[2]));
      for (Outcome o : outcomes) {
        for (String k : o.labels().stream().filter(which).map(key).distinct().toList()) {
          int[] c = counts.get(k);
          c[0] += o.correct() ? 1 : 0;
          c[1]++;
        }
      }
      Map<String, Score> out = new LinkedHashMap<>();
      counts.forEach((k, c) -> out.put(k, new Score(c[0], c[1])));
      return out;
    }

    /**
     * Precision of the claims: of the claims that put the paper at a venue, those a label of the
     * same comment names (series, year, status). Submitted and under-review claims are left out.
     */
    public Score precision() {
      int right = 0;
      int all = 0;
      for (Outcome o : outcomes) {
        for (VenueClaim c : o.claims()) {
          if (c.status().presented()) {
            all++;
            right += o.labels().stream().anyMatch(l -> l.statesVenue() && matches(l, c)) ? 1 : 0;
          }
        }
      }
      return new Score(right, all);
    }

    /**
     * Coverage of the statements: of the labels that name a venue the paper is at, those the
     * resolver claims. Labels whose venue the text does not name (an unnamed workshop, a book)
     * have nothing to find and are left out.
     */
    public Score coverage() {
      int right = 0;
      int all = 0;
      for (Outcome o : outcomes) {
        for (Label l : o.labels()) {
          if (l.statesVenue() && l.expectedSeries() != null) {
            all++;
            right += o.claims().stream().anyMatch(c -> c.status().presented() && matches(l, c)) ? 1 : 0;
          }
        }
      }
      return new Score(right, all);
    }

    /** Comments labelled submitted or under review for which the resolver claimed a venue. */
    public Score venueFromSubmissions() {
      List<Outcome> submissions = outcomes.stream().filter(o -> o.labels().stream().anyMatch(l -> l.status().equals("submitted") || l.status().equals("under-review"))).toList();
      return new Score((int) submissions.stream().filter(Outcome::venueFromSubmission).count(), submissions.size());
    }

    public List<Outcome> misses() {
      return outcomes.stream().filter(o -> !o.correct()).toList();
    }

    /** The figures and the misses, as the evaluation command prints them. */
    public String format() {
      StringBuilder sb = new StringBuilder();
      int labels = outcomes.stream().mapToInt(o -> o.labels().size()).sum();
      sb.append(String.format(Locale.ROOT, "comments %d, labels %d%n", outcomes.size(), labels));
      sb.append(String.format(Locale.ROOT, "overall                 %s%n", overall()));
      sb.append(String.format(Locale.ROOT, "precision (claims)      %s%n", precision()));
      sb.append(String.format(Locale.ROOT, "coverage (statements)   %s%n", coverage()));
      sb.append("by status (comments with a label of that status):\n");
      byStatus().forEach((k, s) -> sb.append(String.format(Locale.ROOT, "  %-20s  %s%n", k, s)));
      sb.append("by kind (labels that state a venue; provisional: comments naming a venue no registry lists; none: comments naming no venue):\n");
      byKind().forEach((k, s) -> sb.append(String.format(Locale.ROOT, "  %-20s  %s%n", k, s)));
      Score wrong = venueFromSubmissions();
      sb.append(String.format(Locale.ROOT, "venue from a submission: %d of %d submitted or under-review comments%n", wrong.right(), wrong.all()));
      sb.append(String.format(Locale.ROOT, "misses (%d):%n", misses().size()));
      for (Outcome o : misses()) {
        String expected = o.labels().stream().map(Label::describe).collect(Collectors.joining("; "));
        String got =
            o.claims().isEmpty()
                ? "nothing"
                : o.claims().stream()
                    .map(c -> c.status().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + c.series().acronym() + (c.provisional() ? "*" : "") + " " + (c.year() == null ? "-" : c.year()))
                    .collect(Collectors.joining("; "));
        sb.append(String.format(Locale.ROOT, "  %s  expected: %s | got: %s | %s%n", o.arxivId(), expected, got, o.comment()));
      }
      return sb.toString();
    }
  }
}
