package org.papergraph.ingest.extract.venue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads ccf-deadlines (one YAML file per conference), CCFrank4dblp (one TSV row per venue and
 * dblp table of contents, conferences and journals) and Papergraph's own additions
 * ({@code papergraph-venues/venues.tsv}: well-known venues the two do not list, and the acronyms
 * they do not give, each with its source) and merges them into one list of series.
 *
 * <p>Two entries are the same series when they are of the same kind and share a dblp key and an
 * acronym or a full name, or an acronym and a full name. A shared dblp key alone is not enough:
 * ccf-deadlines files AsiaCCS under {@code ccs}.
 */
final class VenueRegistryLoader {
  private static final java.util.regex.Pattern DBLP_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final Logger log = LoggerFactory.getLogger(VenueRegistryLoader.class);
  private static final Pattern SOCIETY = Pattern.compile("(?:ACM|IEEE|IEEE/ACM)\\s+(\\S.*)");
  private static final Set<String> NO_RANK = Set.of("", "N", "n");
  /** CCFrank4dblp lists arXiv's CoRR (rank P) among journals: a preprint server is no venue. */
  private static final Set<String> NOT_A_JOURNAL = Set.of("/journals/corr");

  private VenueRegistryLoader() {}

  private static final String FROM_CCF_DEADLINES = "ccf-deadlines";
  private static final String FROM_CCF_RANK = "CCFrank4dblp";
  private static final String FROM_ADDITIONS = "papergraph-venues";
  /** How each registry is named where a venue says where it comes from (see seeds/reference/README.md). */
  private static final Map<String, String> REGISTRY_NAMES =
      Map.of(
          FROM_CCF_DEADLINES, "ccf-deadlines (ccfddl/ccf-deadlines, MIT)",
          FROM_CCF_RANK, "CCFrank4dblp (WenyanLiu/CCFrank4dblp, MIT)",
          FROM_ADDITIONS, "papergraph-venues (seeds/reference/papergraph-venues/venues.tsv)");

  /** A series being assembled from several sources. */
  private static final class Draft {
    final String acronym;
    final String fullName;
    final VenueKind kind;
    /**
     * A journal CCFrank4dblp lists by its title alone ("Neurocomputing", "IEEE Geoscience and
     * Remote Sensing Letters"): the title stands in for the acronym as its key and slug, but is
     * matched in comments only as a title, never as an acronym.
     */
    boolean titleOnly;
    final Set<String> acronyms = new LinkedHashSet<>();
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> dblpKeys = new LinkedHashSet<>();
    final Map<String, String> ranks = new LinkedHashMap<>();
    final Set<String> issns = new LinkedHashSet<>();
    final Map<Integer, VenueEdition> editions = new TreeMap<>();
    /** The registries the series comes from, each with what its row says of its own source, if anything. */
    final Map<String, String> sources = new LinkedHashMap<>();
    /** The registry each rank was taken from. */
    final Map<String, String> rankSources = new LinkedHashMap<>();

    Draft(String acronym, String fullName, VenueKind kind) {
      this.acronym = acronym;
      this.fullName = fullName;
      this.kind = kind;
      acronyms.add(acronym);
      // "ACM SIGGRAPH", "IEEE VR": papers mostly drop the society.
      Matcher society = SOCIETY.matcher(acronym);
      if (society.matches()) {
        acronyms.add(society.group(1));
      }
      if (fullName != null) {
        names.add(fullName);
      }
      acronyms.forEach(a -> compactAcronyms.add(VenueText.compact(a)));
      names.forEach(n -> nameKeys.add(VenueText.nameKey(n)));
    }

    /** Comparison keys, kept up to date by {@link #absorb}: merging compares every pair. */
    final Set<String> compactAcronyms = new LinkedHashSet<>();
    final Set<String> nameKeys = new LinkedHashSet<>();

    boolean sameAs(Draft other) {
      if (kind != other.kind) {
        return false;
      }
      boolean key = !Collections.disjoint(dblpKeys, other.dblpKeys);
      boolean acro = !Collections.disjoint(compactAcronyms, other.compactAcronyms);
      boolean name = !Collections.disjoint(nameKeys, other.nameKeys);
      return (key && (acro || name)) || (acro && name);
    }

    void absorb(Draft other) {
      if (!other.titleOnly) {
        acronyms.addAll(other.acronyms);
        compactAcronyms.addAll(other.compactAcronyms);
      }
      names.addAll(other.names);
      nameKeys.addAll(other.nameKeys);
      dblpKeys.addAll(other.dblpKeys);
      issns.addAll(other.issns);
      other.ranks.forEach((system, rank) -> {
        if (ranks.putIfAbsent(system, rank) == null) {
          rankSources.put(system, other.rankSources.get(system));
        }
      });
      other.sources.forEach(sources::putIfAbsent);
      other.editions.forEach(editions::putIfAbsent);
    }
  }

  static VenueRegistry load(RegistrySource source) {
    try {
      List<Draft> drafts = new ArrayList<>();
      for (String file : source.list(RegistrySource.CCF_DEADLINES, ".yml")) {
        if (!file.endsWith("/types.yml")) {
          readCcfDeadlines(source, file, drafts);
        }
      }
      List<Draft> ccfRank = readCcfRank(source);
      for (Draft row : ccfRank) {
        if (!row.titleOnly) {
          merge(drafts, row);
        }
      }
      for (Draft row : readAdditions(source)) {
        merge(drafts, row);
      }
      // Last, so that a journal the additions give an acronym (MedIA) keeps it as its key.
      for (Draft row : ccfRank) {
        if (row.titleOnly) {
          merge(drafts, row);
        }
      }
      Map<String, VenueSeries> preferred = new HashMap<>();
      List<VenueSeries> series = finish(drafts, preferred);
      Set<String> titleOnly = new java.util.HashSet<>();
      drafts.stream().filter(d -> d.titleOnly).forEach(d -> titleOnly.add(d.acronym));
      log.debug("Venue registry from {}: {} series", source.describe(), series.size());
      return new VenueRegistry(
          series,
          preferred,
          series.stream().filter(x -> x.journal() && titleOnly.contains(x.acronym())).collect(java.util.stream.Collectors.toSet()),
          readEditionOrdinals(source, series));
    } catch (IOException e) {
      throw RegistrySource.unreadable(source, e);
    }
  }

  private static void merge(List<Draft> drafts, Draft d) {
    for (Draft existing : drafts) {
      if (existing.sameAs(d)) {
        existing.absorb(d);
        return;
      }
    }
    drafts.add(d);
  }

  private static void readCcfDeadlines(RegistrySource source, String file, List<Draft> drafts) throws IOException {
    Object doc;
    try (InputStream in = source.open(file)) {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(where(source, file) + ": not valid YAML: " + e.getMessage(), e);
    }
    if (!(doc instanceof List<?> entries)) {
      throw new IllegalArgumentException(where(source, file) + ": expected a list of conferences");
    }
    for (int i = 0; i < entries.size(); i++) {
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        throw new IllegalArgumentException(where(source, file) + ": entry " + (i + 1) + " is not a mapping");
      }
      String title = text(entry.get("title"));
      if (title == null) {
        throw new IllegalArgumentException(where(source, file) + ": entry " + (i + 1) + " has no title");
      }
      Draft d = new Draft(title, text(entry.get("description")), VenueKind.CONFERENCE);
      d.sources.put(FROM_CCF_DEADLINES, null);
      String dblp = text(entry.get("dblp"));
      // Some entries say "NO DBLP" where the key would stand: that is no key, and as a path it
      // would make an invalid IRI.
      if (dblp != null && DBLP_KEY.matcher(dblp).matches()) {
        d.dblpKeys.add("conf/" + dblp);
      }
      if (entry.get("rank") instanceof Map<?, ?> rank) {
        for (String system : List.of("ccf", "core", "thcpl")) {
          String r = text(rank.get(system));
          if (r != null && !NO_RANK.contains(r)) {
            d.ranks.put(system, r);
            d.rankSources.put(system, FROM_CCF_DEADLINES);
          }
        }
      }
      if (entry.get("confs") instanceof List<?> confs) {
        for (Object c : confs) {
          if (c instanceof Map<?, ?> conf) {
            edition(conf, source, file, title).ifPresent(e -> d.editions.putIfAbsent(e.year(), e));
          }
        }
      }
      merge(drafts, d);
    }
  }

  private static java.util.Optional<VenueEdition> edition(Map<?, ?> conf, RegistrySource source, String file, String title) {
    String year = text(conf.get("year"));
    if (year == null || !year.matches("\\d{4}")) {
      log.warn("{}: an edition of {} has no four-digit year ({}); left out", where(source, file), title, year);
      return java.util.Optional.empty();
    }
    String date = text(conf.get("date"));
    EventDates.Range range = EventDates.parse(date).orElse(null);
    return java.util.Optional.of(
        new VenueEdition(
            Integer.parseInt(year),
            date,
            range == null ? null : range.start(),
            range == null ? null : range.end(),
            text(conf.get("place")),
            text(conf.get("link"))));
  }

  /** The conference and journal rows, rows of one venue (same abbreviation and name) already merged. */
  private static List<Draft> readCcfRank(RegistrySource source) throws IOException {
    List<Draft> rows = new ArrayList<>();
    int skipped = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(source.open(RegistrySource.CCF_RANK), StandardCharsets.UTF_8))) {
      String header = in.readLine();
      if (header == null || !header.startsWith("ccf_rank\tabbr\tfull_name\tdblp_stream")) {
        throw new IllegalArgumentException(where(source, RegistrySource.CCF_RANK) + ": unexpected header " + header);
      }
      String line;
      int n = 1;
      while ((line = in.readLine()) != null) {
        n++;
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
          throw new IllegalArgumentException(where(source, RegistrySource.CCF_RANK) + " line " + n + ": expected 5 tab-separated fields");
        }
        String stream = f[3].strip();
        VenueKind kind = stream.startsWith("/conf/") ? VenueKind.CONFERENCE : stream.startsWith("/journals/") ? VenueKind.JOURNAL : null;
        if (kind == null) {
          continue; // the rows with no dblp stream at all
        }
        boolean titled = f[1].isBlank() && kind == VenueKind.JOURNAL && !f[2].isBlank() && !NOT_A_JOURNAL.contains(stream);
        if (f[1].isBlank() && !titled) {
          skipped++; // no abbreviation and no journal title: nothing to match a comment against
          continue;
        }
        Draft d = new Draft(titled ? f[2].strip() : f[1].strip(), f[2].isBlank() ? null : f[2].strip(), kind);
        d.titleOnly = titled;
        d.sources.put(FROM_CCF_RANK, null);
        d.dblpKeys.add(stream.substring(1));
        if (!NO_RANK.contains(f[0].strip())) {
          d.ranks.put("ccf", f[0].strip());
          d.rankSources.put("ccf", FROM_CCF_RANK);
        }
        merge(rows, d);
      }
    }
    if (skipped > 0) {
      log.info("{}: {} rows without an abbreviation left out", RegistrySource.CCF_RANK, skipped);
    }
    return rows;
  }

  /**
   * Papergraph's additions: {@code kind, abbr, full_name, dblp_stream, source, issn}, one venue per
   * row (ISSNs, a journal's only, space-separated, may be empty). A row with the dblp key and full
   * name of a venue the other registries list adds its acronym (and its ISSNs).
   */
  private static List<Draft> readAdditions(RegistrySource source) throws IOException {
    List<Draft> rows = new ArrayList<>();
    readRows(
        source,
        RegistrySource.ADDITIONS,
        "kind\tabbr\tfull_name\tdblp_stream\tsource\tissn",
        (f, at) -> {
          if (f.length != 6 || f[1].isBlank() || f[2].isBlank() || f[4].isBlank()) {
            throw new IllegalArgumentException(at + ": expected kind, abbreviation, full name, dblp stream (may be empty), source and ISSNs (may be empty), tab-separated");
          }
          VenueKind kind =
              switch (f[0].strip()) {
                case "conference" -> VenueKind.CONFERENCE;
                case "journal" -> VenueKind.JOURNAL;
                case "workshop" -> VenueKind.WORKSHOP;
                default -> throw new IllegalArgumentException(at + ": kind must be conference, journal or workshop, not '" + f[0].strip() + "'");
              };
          // The api tells a workshop series by its name, as it does for the ones other registries list.
          if (kind == VenueKind.WORKSHOP && !f[2].toLowerCase(java.util.Locale.ROOT).matches(".*\\bworkshops?\\b.*")) {
            throw new IllegalArgumentException(at + ": a workshop's full name must say workshop ('" + f[2].strip() + "')");
          }
          Draft d = new Draft(f[1].strip(), f[2].strip(), kind);
          d.sources.put(FROM_ADDITIONS, f[4].strip());
          String stream = f[3].strip();
          if (!stream.isEmpty()) {
            if (!stream.matches("(?:conf|journals)/[a-z0-9]+(?:-[a-z0-9]+)*")) { // dblp writes RO-MAN conf/ro-man
              throw new IllegalArgumentException(at + ": dblp stream '" + stream + "' is not like conf/lrec or journals/tmlr");
            }
            d.dblpKeys.add(stream);
          }
          for (String issn : f[5].strip().split("\\s+")) {
            if (issn.isEmpty()) {
              continue;
            }
            if (kind != VenueKind.JOURNAL || !Issn.valid(issn)) {
              throw new IllegalArgumentException(at + ": '" + issn + "' is " + (kind != VenueKind.JOURNAL ? "an ISSN on a conference row" : "no ISSN (NNNN-NNNC, C the check digit)"));
            }
            d.issns.add(issn);
          }
          rows.add(d);
        });
    return rows;
  }

  /**
   * The editions whose ordinal the data gives with their year ({@code series, ordinal, year,
   * source}, series by its slug): series slug to ordinal to year.
   */
  private static Map<String, Map<Integer, Integer>> readEditionOrdinals(RegistrySource source, List<VenueSeries> series) throws IOException {
    Set<String> slugs = new java.util.HashSet<>();
    series.forEach(s -> slugs.add(s.slug()));
    Map<String, Map<Integer, Integer>> out = new HashMap<>();
    readRows(
        source,
        RegistrySource.EDITION_ORDINALS,
        "series\tordinal\tyear\tsource",
        (f, at) -> {
          if (f.length != 4 || !f[1].strip().matches("\\d{1,3}") || !f[2].strip().matches("(?:19|20)\\d\\d") || f[3].isBlank()) {
            throw new IllegalArgumentException(at + ": expected series slug, ordinal (a number), year (four digits) and source, tab-separated");
          }
          String slug = f[0].strip();
          if (!slugs.contains(slug)) {
            throw new IllegalArgumentException(at + ": no registry series has the slug '" + slug + "'");
          }
          Integer earlier = out.computeIfAbsent(slug, k -> new HashMap<>()).put(Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip()));
          if (earlier != null) {
            throw new IllegalArgumentException(at + ": edition " + f[1].strip() + " of " + slug + " is given twice");
          }
        });
    return out;
  }

  /** One of Papergraph's tab-separated registry files: its header checked, then each row with where it stands. */
  private static void readRows(RegistrySource source, String file, String header, java.util.function.BiConsumer<String[], String> row) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(source.open(file), StandardCharsets.UTF_8))) {
      String first = in.readLine();
      if (first == null || !first.equals(header)) {
        throw new IllegalArgumentException(where(source, file) + ": unexpected header " + first);
      }
      String line;
      int n = 1;
      while ((line = in.readLine()) != null) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          row.accept(line.split("\t", -1), where(source, file) + " line " + n);
        }
      }
    }
  }

  private static List<VenueSeries> finish(List<Draft> drafts, Map<String, VenueSeries> preferred) {
    Map<VenueAliases.Alias, Draft> aliasTargets = new LinkedHashMap<>();
    for (VenueAliases.Alias a : VenueAliases.ALL) {
      List<Draft> targets = drafts.stream().filter(d -> d.dblpKeys.contains(a.dblpKey())).toList();
      if (targets.size() != 1) {
        throw new IllegalStateException("venue alias " + a.text() + " names dblp key " + a.dblpKey() + ", which " + targets.size() + " registry series carry (expected exactly one)");
      }
      Draft d = targets.get(0);
      (a.name() ? d.names : d.acronyms).add(a.text());
      aliasTargets.put(a, d);
    }
    // Counted per kind: a journal never changes the slug (the IRI) a conference had before.
    Map<String, Integer> baseCount = new HashMap<>();
    Map<String, Integer> journalCount = new HashMap<>();
    drafts.forEach(d -> (d.kind == VenueKind.JOURNAL ? journalCount : baseCount).merge(VenueSeries.slugOf(d.acronym), 1, Integer::sum));
    Map<String, VenueSeries> bySlug = new LinkedHashMap<>();
    Map<Draft, VenueSeries> made = new HashMap<>();
    for (Draft d : drafts) {
      String slug = VenueSeries.slugOf(d.acronym);
      String keySlug = "";
      if (!d.dblpKeys.isEmpty()) {
        String key = d.dblpKeys.iterator().next();
        keySlug = VenueSeries.slugOf(key.substring(key.indexOf('/') + 1));
      }
      if (d.kind == VenueKind.JOURNAL) {
        // A journal with the acronym of a conference (TCC, ToN) or of another journal.
        boolean shared = journalCount.get(slug) > 1;
        if (shared || baseCount.containsKey(slug)) {
          slug = slug + "-journal" + (shared && !keySlug.isEmpty() ? "-" + keySlug : "");
        }
      } else if (baseCount.get(slug) > 1 && !keySlug.isEmpty()) {
        // Two series share an acronym (SEC, FSE): the dblp key tells them apart.
        slug = keySlug.equals(slug) ? slug : slug + "-" + keySlug;
      }
      List<String> acronyms = d.acronyms.stream().filter(a -> !a.equals(d.acronym)).toList();
      List<String> names = d.names.stream().filter(n -> !n.equals(d.fullName)).toList();
      VenueSeries s =
          new VenueSeries(
              slug, d.acronym, d.fullName, acronyms, names, List.copyOf(d.dblpKeys), d.ranks, List.copyOf(d.editions.values()), false, d.kind, sources(d), List.copyOf(d.issns));
      VenueSeries clash = bySlug.putIfAbsent(slug, s);
      if (clash != null) {
        throw new IllegalStateException("venue slug " + slug + " would name both " + clash.acronym() + " " + clash.dblpKeys() + " and " + s.acronym() + " " + s.dblpKeys());
      }
      made.put(d, s);
    }
    aliasTargets.forEach(
        (a, d) -> {
          if (a.preferred()) {
            preferred.put(VenueText.acronymKey(a.text()), made.get(d));
          }
        });
    return List.copyOf(bySlug.values());
  }

  /**
   * One line per registry the series comes from: the registry, its repository and licence, the
   * ranks taken from it, and for Papergraph's additions the row's own source.
   */
  private static List<String> sources(Draft d) {
    List<String> out = new ArrayList<>();
    d.sources.forEach((registry, note) -> {
      StringBuilder line = new StringBuilder(REGISTRY_NAMES.get(registry));
      List<String> ranked = d.rankSources.entrySet().stream().filter(e -> registry.equals(e.getValue())).map(Map.Entry::getKey).toList();
      if (!ranked.isEmpty()) {
        line.append("; ranks: ").append(String.join(", ", ranked));
      }
      if (note != null) {
        line.append("; row source: ").append(note);
      }
      out.add(line.toString());
    });
    return out;
  }

  private static String text(Object o) {
    if (o == null) {
      return null;
    }
    String s = o.toString().strip();
    return s.isEmpty() ? null : s;
  }

  private static String where(RegistrySource source, String file) {
    return source.describe() + "/" + file;
  }
}
