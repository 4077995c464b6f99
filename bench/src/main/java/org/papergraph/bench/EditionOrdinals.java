package org.papergraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.papergraph.ingest.extract.venue.VenueClaim;
import org.papergraph.ingest.extract.venue.VenueRegistry;
import org.papergraph.ingest.extract.venue.VenueResolver;
import org.papergraph.ingest.record.Inputs;
import org.papergraph.ingest.record.PaperRecordReader;
import org.papergraph.ingest.record.ReadResult;

/**
 * Writes {@code seeds/reference/papergraph-venues/edition-ordinals.tsv}: the year of a registry
 * series' edition by its ordinal, from comments that give both ("the 39th Conference on Neural
 * Information Processing Systems (NeurIPS 2025)", "the 36th IEEE Intelligent Vehicles Symposium
 * (IEEE IV 2025)"). The name and its acronym with the year are resolved alone; a workshop's
 * ordinal ("3rd Workshop on … (ICML 2025)") is left out. A row needs two or more comments giving
 * that ordinal and year, none giving the ordinal another year, and at least three in four of the
 * comments giving that series and year to give this ordinal (authors miscount: "the 27th ECAI
 * (ECAI 2025)" beside two "28th"). An edition number written after the acronym counts as its
 * ordinal where the year follows it ("HICSS-59 (2026)", "HICSS 59 (Hawaii International
 * Conference on System Sciences), 2026"), unless the number is the year's last two digits
 * ("AAAI-26 (2026)" is a year, not the 26th). A year joined to the acronym by a hyphen in the
 * parentheses is the year all the same ("the 28th European Conference on Artificial Intelligence
 * (ECAI-2025)"). Nothing is extrapolated to other ordinals.
 *
 * <p>Usage: {@code EditionOrdinals IN OUT.tsv} (IN: a record file such as arxiv-2025.txt.gz).
 */
public final class EditionOrdinals {
  private static final Pattern STATED =
      Pattern.compile(
          "(?<![\\w-])(\\d{1,3})(?:st|nd|rd|th)\\s+((?:[A-Z][\\w/&-]*|on|of|and|for|in|the|&)(?:[\\s,]+(?:[A-Z][\\w/&-]*|on|of|and|for|in|the|&)){0,14})\\s*\\((?:IEEE\\s+|ACM\\s+)?([A-Z][\\w&+]*(?:-(?!\\d{4}\\))[\\w&+]*)*)\\s*-?\\s*['’]?(\\d{4}|\\d{2})?\\)(?:,?\\s*((?:19|20)\\d\\d))?");

  /** "HICSS-59 (2026)", "HICSS 59 (Hawaii …), 2026", "(HICSS-59), 2026": the acronym, its edition number, the year. */
  private static final Pattern SUFFIXED =
      Pattern.compile(
          "(?<![\\w-])([A-Z][A-Za-z]*[A-Z][A-Za-z]*)[- ](\\d{2,3})(?![\\w-])\\)?\\s*(?:\\(((?:19|20)\\d\\d)\\)|(?:\\([^()]*\\))?,?\\s*((?:19|20)\\d\\d)\\b)");

  private static final Pattern WORKSHOP = Pattern.compile("(?is).*\\bworkshops?\\b.*");

  private EditionOrdinals() {}

  /**
   * Counts {@code arxivId} as giving {@code ordinal} and {@code year} for the series {@code venue}
   * (the name or acronym with the year, resolved alone) names, where it names one registry
   * conference of that year.
   */
  private static void count(Map<String, Map<Integer, Map<Integer, Set<String>>>> stated, VenueResolver resolver, String venue, int ordinal, int year, String arxivId) {
    List<VenueClaim> claims = resolver.resolve(venue);
    if (claims.size() != 1 || claims.get(0).provisional() || claims.get(0).series().journal() || !Objects.equals(claims.get(0).year(), year)) {
      return;
    }
    stated.computeIfAbsent(claims.get(0).series().slug(), k -> new TreeMap<>())
        .computeIfAbsent(ordinal, k -> new TreeMap<>())
        .computeIfAbsent(year, k -> new TreeSet<>())
        .add(arxivId);
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: EditionOrdinals IN OUT.tsv");
      System.exit(2);
    }
    VenueResolver resolver = new VenueResolver(VenueRegistry.fromClasspath());
    // series slug -> ordinal -> year -> arXiv ids
    Map<String, Map<Integer, Map<Integer, Set<String>>>> stated = new TreeMap<>();
    try (BufferedReader in = Inputs.open(Path.of(args[0]));
        PaperRecordReader reader = new PaperRecordReader(in, args[0])) {
      while (reader.hasNext()) {
        if (reader.next() instanceof ReadResult.Accepted a) {
          for (String comment : a.record().comments()) {
            Matcher m = STATED.matcher(comment.replaceAll("\\s+", " "));
            while (m.find()) {
              String digits = m.group(4) != null ? m.group(4) : m.group(5);
              if (digits == null || WORKSHOP.matcher(m.group(2)).matches()) {
                continue;
              }
              int year = digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
              count(stated, resolver, m.group(2) + " (" + m.group(3) + " " + year + ")", Integer.parseInt(m.group(1)), year, a.record().arxivId());
            }
            Matcher s = SUFFIXED.matcher(comment.replaceAll("\\s+", " "));
            while (s.find()) {
              int year = Integer.parseInt(s.group(3) != null ? s.group(3) : s.group(4));
              int number = Integer.parseInt(s.group(2));
              if (number == year % 100) {
                continue; // "AAAI-26 (2026)": the year again
              }
              count(stated, resolver, s.group(1) + " " + year, number, year, a.record().arxivId());
            }
          }
        }
      }
    }
    try (PrintStream out = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
      out.println("series\tordinal\tyear\tsource");
      out.println("# The year of a series' edition by its ordinal, where real statements give both and agree (\"the 39th Conference on");
      out.println("# Neural Information Processing Systems (NeurIPS 2025)\"); series is the registry slug. Written by");
      out.println("# org.papergraph.bench.EditionOrdinals from the comments of arxiv-2025.txt.gz (arXiv metadata, CC0 1.0): a row needs");
      out.println("# two or more comments giving that ordinal and year, none giving the ordinal another year, and at least three in four");
      out.println("# of the comments giving that series and year to give this ordinal. No year is worked out for any other ordinal.");
      stated.forEach(
          (slug, byOrdinal) ->
              byOrdinal.forEach(
                  (ordinal, byYear) -> {
                    if (byYear.size() != 1) {
                      return; // the ordinal given with two years
                    }
                    int year = byYear.keySet().iterator().next();
                    Set<String> ids = byYear.get(year);
                    int ofYear = byOrdinal.values().stream().mapToInt(y -> y.getOrDefault(year, Set.of()).size()).sum();
                    if (ids.size() >= 2 && ids.size() * 4 >= ofYear * 3) {
                      List<String> some = ids.stream().limit(3).toList();
                      out.printf("%s\t%d\t%d\tarXiv comments of arxiv-2025.txt.gz giving both: %d (%s%s)%n", slug, ordinal, year, ids.size(), String.join(" ", some), ids.size() > 3 ? " …" : "");
                    }
                  }));
    }
  }
}
