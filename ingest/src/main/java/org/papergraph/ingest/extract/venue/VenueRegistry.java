package org.papergraph.ingest.extract.venue;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conference and journal series the registries in {@code seeds/reference} know
 * (ccf-deadlines, CCFrank4dblp and Papergraph's additions, plus the documented
 * {@link VenueAliases}), with the lookups the resolver needs.
 * Load it once and share it: it is immutable.
 */
public final class VenueRegistry {
  /** Where the api jar (and any jar built the same way) carries the reference data. */
  public static final String CLASSPATH_ROOT = "seeds/reference";

  /** A full name as words, and the series it names. */
  record Name(List<String> words, VenueSeries series) {}

  private static final Set<String> VENUE_WORDS = Set.of("conference", "symposium", "workshop");

  private final List<VenueSeries> series;
  private final Map<String, VenueSeries> bySlug = new HashMap<>();
  private final Map<String, List<VenueSeries>> byAcronym = new HashMap<>();
  private final Map<String, List<VenueSeries>> byCompact = new HashMap<>();
  private final Map<String, List<Name>> namesByFirstWord = new HashMap<>();
  private final Map<String, List<Name>> shortJournalNamesByFirstWord = new HashMap<>();
  private final Map<String, List<Name>> shortEventNamesByFirstWord = new HashMap<>();
  private final int longestAcronym;
  private final Map<String, Map<Integer, Integer>> editionYears;
  /** What the registry was made from, beside the series: kept so that {@link #writeTo} can write it. */
  private final Map<String, VenueSeries> preferred;
  private final Set<VenueSeries> titleOnly;

  /**
   * @param titleOnly journals a registry lists by title alone: their key is their title, matched
   *     only as a title ("Neural Networks" is no acronym to find in any sentence)
   */
  VenueRegistry(List<VenueSeries> series, Map<String, VenueSeries> preferred, Set<VenueSeries> titleOnly, Map<String, Map<Integer, Integer>> editionYears) {
    this.editionYears = Map.copyOf(editionYears);
    this.series = List.copyOf(series);
    this.preferred = Map.copyOf(preferred);
    this.titleOnly = Set.copyOf(titleOnly);
    int longest = 1;
    for (VenueSeries s : series) {
      bySlug.put(s.slug(), s);
      for (String a : acronymsOf(s)) {
        if (titleOnly.contains(s) && a.equals(s.acronym())) {
          continue;
        }
        String key = VenueText.acronymKey(a);
        add(byAcronym, key, s);
        add(byCompact, VenueText.compact(a), s);
        longest = Math.max(longest, key.split(" ").length);
      }
      for (String n : namesOf(s)) {
        List<String> words = VenueText.nameTokens(n).stream().map(VenueText.Token::text).toList();
        // One- and two-word names ("Cognition", "Hot Chips") are too common as plain words,
        // unless they say what they are ("Web Conference").
        if (words.size() >= 3 || (words.size() == 2 && VENUE_WORDS.contains(words.get(1)))) {
          namesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Name(words, s));
        } else if (s.journal() && !words.isEmpty()) {
          // "Pattern Recognition", "Neurocomputing": the resolver takes these only where a
          // statement says the paper is in them.
          shortJournalNamesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Name(words, s));
        } else if (words.size() == 2) {
          // "ACM Multimedia Asia", "Computer Graphics International": the resolver takes these
          // only where a year follows them.
          shortEventNamesByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Name(words, s));
        }
      }
    }
    preferred.forEach(
        (key, s) -> {
          byAcronym.put(key, List.of(s));
          byCompact.put(VenueText.compact(key), List.of(s));
        });
    this.longestAcronym = longest;
  }

  /** Loads from a directory laid out like {@code seeds/reference}. */
  public static VenueRegistry load(Path referenceDir) {
    return VenueRegistryLoader.load(RegistrySource.directory(referenceDir));
  }

  /** Loads from the classpath root {@value #CLASSPATH_ROOT}, as the api jar carries it. */
  public static VenueRegistry fromClasspath() {
    return fromClasspath(VenueRegistry.class.getClassLoader(), CLASSPATH_ROOT);
  }

  public static VenueRegistry fromClasspath(ClassLoader loader, String root) {
    return VenueRegistryLoader.load(RegistrySource.classpath(loader, root));
  }

  /**
   * Writes the registry as loaded, for {@link #readFrom}: reading it back costs a small part of
   * reading and merging the registry files again.
   */
  public void writeTo(DataOutput out) throws IOException {
    VenueRegistryCodec.write(series, preferred, titleOnly, editionYears, out);
  }

  /** The registry {@link #writeTo} wrote. */
  public static VenueRegistry readFrom(DataInput in) throws IOException {
    return VenueRegistryCodec.read(in);
  }

  /** Every series, in the order the registry files list them. */
  public List<VenueSeries> series() {
    return series;
  }

  public Optional<VenueSeries> bySlug(String slug) {
    return Optional.ofNullable(bySlug.get(slug));
  }

  /** The series written exactly so (case kept): one, several when the acronym is shared, or none. */
  public List<VenueSeries> byAcronym(String acronym) {
    return byAcronym.getOrDefault(VenueText.acronymKey(acronym), List.of());
  }

  /** As {@link #byAcronym} but ignoring case and punctuation (NEURIPS, ASPDAC, ACMMM). */
  List<VenueSeries> byCompactAcronym(String text) {
    return byCompact.getOrDefault(VenueText.compact(text), List.of());
  }

  List<Name> namesStartingWith(String word) {
    return namesByFirstWord.getOrDefault(word, List.of());
  }

  /** Journal names of one or two words, by their first word (lower case). */
  List<Name> shortJournalNamesStartingWith(String word) {
    return shortJournalNamesByFirstWord.getOrDefault(word, List.of());
  }

  /** Conference names of two words (without noise words), by their first word (lower case). */
  List<Name> shortEventNamesStartingWith(String word) {
    return shortEventNamesByFirstWord.getOrDefault(word, List.of());
  }

  /**
   * The year of a series' edition by its ordinal ("the 39th NeurIPS"): where the edition list gives
   * that very edition, its year; else counted from an edition it gives, one year per edition, but
   * only across years the registry lists an edition of the series in, every one of them ("the
   * 62nd ACL" is 2024 from the 63rd in 2025, since ACL was held in 2024 and 2025). A series held
   * every other year, or one whose list has a gap, gets no year worked out.
   */
  Optional<Integer> editionYear(VenueSeries s, int ordinal) {
    Map<Integer, Integer> known = editionYears.getOrDefault(s.slug(), Map.of());
    Integer given = known.get(ordinal);
    if (given != null) {
      return Optional.of(given);
    }
    Set<Integer> held = new HashSet<>();
    s.editions().forEach(e -> held.add(e.year()));
    Integer counted = null;
    for (Map.Entry<Integer, Integer> anchor : known.entrySet()) {
      int year = anchor.getValue() + (ordinal - anchor.getKey());
      boolean everyYear = true;
      for (int y = Math.min(year, anchor.getValue()); y <= Math.max(year, anchor.getValue()) && everyYear; y++) {
        everyYear = held.contains(y);
      }
      if (everyYear) {
        if (counted != null && counted != year) {
          return Optional.empty(); // two editions the list gives disagree: no year
        }
        counted = year;
      }
    }
    return Optional.ofNullable(counted);
  }

  /** True when any series is written so, in any case: such an acronym is never provisional. */
  boolean knows(String acronym) {
    return byCompact.containsKey(VenueText.compact(acronym));
  }

  /**
   * True when this acronym, which no series is written as, looks like a series' acronym misspelt,
   * for a comment that says nothing else of it (a bare "BMCV 2024"): two letters side by side
   * swapped, four letters or more ("BMCV" for BMVC); a letter typed once too often, where it ends
   * the acronym or stands three times ("CVPRR", "ICASSSP"); one letter left out after the first,
   * five letters or more ("MICCA", "NeuIPS"); and, written in mixed case, one letter too many ("NeuriIPS") or an
   * "l" for an "I" ("NeurlPS"). Acronyms in capitals that differ by a letter elsewhere are often two
   * venues (ICCCE and ICCE), and are not counted as misspellings.
   */
  boolean knowsMisspelt(String acronym) {
    String compact = VenueText.compact(acronym);
    boolean mixed = !acronym.equals(acronym.toUpperCase(Locale.ROOT));
    if (compact.length() >= 4 && swapped(compact)) {
      return true;
    }
    int n = compact.length();
    for (int i = 0; i < n; i++) {
      boolean doubledLast = i == n - 1 && n >= 2 && compact.charAt(i) == compact.charAt(i - 1);
      boolean tripled = i >= 2 && compact.charAt(i) == compact.charAt(i - 1) && compact.charAt(i) == compact.charAt(i - 2);
      if ((doubledLast || tripled || mixed && n >= 5) && byCompact.containsKey(compact.substring(0, i) + compact.substring(i + 1))) {
        return true;
      }
    }
    if (n >= 5) {
      // Not before the first letter: "ICOMP" is no SICOMP left short.
      for (int i = 1; i <= n; i++) {
        for (char c = 'A'; c <= 'Z'; c++) {
          if (byCompact.containsKey(compact.substring(0, i) + c + compact.substring(i))) {
            return true;
          }
        }
      }
    }
    return mixed && acronym.indexOf('l') >= 0 && byCompact.containsKey(VenueText.compact(acronym.replace('l', 'I')));
  }

  /**
   * True when a series' acronym is this one with two letters side by side swapped ("NeruIPS",
   * "NuerIPS" for NeurIPS): a misspelling, which is not a venue of its own. Five letters or more,
   * since shorter acronyms are each other's swaps by chance.
   */
  boolean knowsTransposed(String acronym) {
    String compact = VenueText.compact(acronym);
    return compact.length() >= 5 && swapped(compact);
  }

  /** Whether a series' acronym is {@code compact} with two letters side by side swapped. */
  private boolean swapped(String compact) {
    char[] c = compact.toCharArray();
    for (int i = 0; i + 1 < c.length; i++) {
      if (c[i] == c[i + 1]) {
        continue;
      }
      char t = c[i];
      c[i] = c[i + 1];
      c[i + 1] = t;
      boolean known = byCompact.containsKey(new String(c));
      c[i + 1] = c[i];
      c[i] = t;
      if (known) {
        return true;
      }
    }
    return false;
  }

  int longestAcronymWords() {
    return longestAcronym;
  }

  static Set<String> acronymsOf(VenueSeries s) {
    Set<String> out = new LinkedHashSet<>();
    out.add(s.acronym());
    out.addAll(s.altAcronyms());
    return out;
  }

  static Set<String> namesOf(VenueSeries s) {
    Set<String> out = new LinkedHashSet<>();
    if (s.fullName() != null) {
      out.add(s.fullName());
    }
    out.addAll(s.altNames());
    return out;
  }

  private static void add(Map<String, List<VenueSeries>> index, String key, VenueSeries s) {
    List<VenueSeries> list = index.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(s)) {
      list.add(s);
    }
  }
}
