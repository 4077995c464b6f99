package org.papergraph.ingest.extract.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VenueRegistryTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static VenueRegistry registry;

  @BeforeAll
  static void load() {
    registry = VenueRegistry.load(SEEDS.resolve("reference"));
  }

  @Test
  void everyVenueKeepsItsIri() throws IOException {
    // A venue's IRI is linked to from outside (papers of other graphs, saved queries): a new row
    // whose key is an existing venue's acronym must not take that venue's slug.
    Set<String> listed = new TreeSet<>();
    try (var in = VenueRegistryTest.class.getResourceAsStream("venue-iris.tsv")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(listed::add);
    }
    Set<String> given = new TreeSet<>();
    registry.series().forEach(s -> given.add(s.slug() + "\t" + (s.journal() ? "journal" : "event")));
    Set<String> gone = new TreeSet<>(listed);
    gone.removeAll(given);
    Set<String> unlisted = new TreeSet<>(given);
    unlisted.removeAll(listed);
    assertThat(gone).as("venue IRIs no longer given, or given to a series of the other kind").isEmpty();
    assertThat(unlisted).as("new venue IRIs: list them in venue-iris.tsv").isEmpty();
  }

  @Test
  void neuripsIsOneSeriesUnderAllItsNames() {
    VenueSeries neurips = registry.bySlug("neurips").orElseThrow();
    assertThat(neurips.acronym()).isEqualTo("NeurIPS");
    assertThat(neurips.dblpKeys()).containsExactly("conf/nips");
    assertThat(neurips.ranks()).containsEntry("ccf", "A").containsEntry("core", "A*");
    assertThat(neurips.aliases()).contains("NIPS", "Advances in Neural Information Processing Systems");
    assertThat(registry.byAcronym("NIPS")).containsExactly(neurips);
    assertThat(registry.byAcronym("NeurIPS")).containsExactly(neurips);
  }

  @Test
  void anAcronymWithTwoLettersSideBySideSwappedIsAMisspelling() {
    assertThat(registry.knowsTransposed("NeruIPS")).isTrue();
    assertThat(registry.knowsTransposed("NuerIPS")).isTrue();
    assertThat(registry.knowsTransposed("NeurIPS")).isFalse(); // the acronym itself
    assertThat(registry.knowsTransposed("SwissText")).isFalse();
    // Short acronyms swap into each other by chance: SCIA is no misspelt ISCA.
    assertThat(registry.knowsTransposed("SICA")).isFalse();
  }

  @Test
  void editionsCarryDatesPlaceAndLink() {
    VenueEdition e2022 =
        registry.bySlug("neurips").orElseThrow().editions().stream().filter(e -> e.year() == 2022).findFirst().orElseThrow();
    assertThat(e2022.startDate()).isEqualTo(LocalDate.of(2022, 11, 28));
    assertThat(e2022.endDate()).isEqualTo(LocalDate.of(2022, 12, 9));
    assertThat(e2022.place()).isEqualTo("New Orleans, Louisiana, USA");
    assertThat(e2022.link()).isEqualTo("https://neurips.cc/Conferences/2022");
  }

  @Test
  void sourcesMergeByDblpKeyAndName() {
    // ccf-deadlines "InterSpeech" and CCFrank "INTER-SPEECH" are one series.
    assertThat(registry.series().stream().filter(s -> s.dblpKeys().contains("conf/interspeech"))).hasSize(1);
    // ccf-deadlines files AsiaCCS under the dblp key of CCS: still two series.
    assertThat(registry.byAcronym("CCS")).hasSize(1);
    assertThat(registry.byAcronym("AsiaCCS")).hasSize(1).doesNotContainAnyElementsOf(registry.byAcronym("CCS"));
    assertThat(registry.bySlug("asp-dac")).isPresent();
    assertThat(registry.bySlug("icdm")).isPresent();
  }

  @Test
  void sharedAcronymsStayApartUnlessAnAliasSettlesThem() {
    // Two different SEC conferences: both kept, told apart by their dblp keys.
    assertThat(registry.byAcronym("SEC")).hasSize(2);
    assertThat(registry.byAcronym("SEC").stream().map(VenueSeries::slug)).containsExactlyInAnyOrder("sec", "sec-ieeesec");
    // FSE is settled by the alias table in favour of the software-engineering conference.
    assertThat(registry.byAcronym("FSE")).singleElement().satisfies(s -> assertThat(s.dblpKeys()).contains("conf/sigsoft"));
  }

  @Test
  void journalsAreSeriesOfTheirOwnKind() {
    VenueSeries tpami = registry.bySlug("tpami").orElseThrow();
    assertThat(tpami.kind()).isEqualTo(VenueKind.JOURNAL);
    assertThat(tpami.dblpKeys()).containsExactly("journals/pami");
    // Papergraph's additions give the acronyms papers write (PAMI, TGRS) to the CCF rows.
    assertThat(registry.byAcronym("PAMI")).containsExactly(tpami);
    assertThat(registry.byAcronym("TGRS")).singleElement().satisfies(s -> assertThat(s.acronym()).isEqualTo("TGARS"));
    // ...and venues neither registry lists, with their dblp key.
    assertThat(registry.byAcronym("RA-L")).singleElement().satisfies(s -> assertThat(s.dblpKeys()).containsExactly("journals/ral"));
    assertThat(registry.byAcronym("LREC")).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(VenueKind.CONFERENCE));
    assertThat(registry.bySlug("neurips").orElseThrow().kind()).isEqualTo(VenueKind.CONFERENCE);
  }

  @Test
  void aJournalNeverTakesTheSlugOfAConference() {
    // TCC is a cryptography conference and a journal (IEEE Transactions on Cloud Computing).
    assertThat(registry.bySlug("tcc").orElseThrow().kind()).isEqualTo(VenueKind.CONFERENCE);
    assertThat(registry.bySlug("tcc-journal").orElseThrow().kind()).isEqualTo(VenueKind.JOURNAL);
  }

  @Test
  void malformedAdditionsSayWhere(@TempDir Path tmp) throws IOException {
    Path root = copyOfReference(tmp);
    String header = "kind\tabbr\tfull_name\tdblp_stream\tsource\tissn\n";
    Files.writeString(root.resolve(RegistrySource.ADDITIONS), header + "series\tX\tX Conference\t\tsomewhere\t\n");
    assertThatThrownBy(() -> VenueRegistry.load(root)).hasMessageContaining("papergraph-venues/venues.tsv line 2").hasMessageContaining("kind must be conference, journal or workshop");
    Files.writeString(root.resolve(RegistrySource.ADDITIONS), header + "conference\tX\tX Conference\t\t\t\n");
    assertThatThrownBy(() -> VenueRegistry.load(root)).hasMessageContaining("line 2").hasMessageContaining("source");
    // An ISSN's check digit is checked, and only a journal has one.
    Files.writeString(root.resolve(RegistrySource.ADDITIONS), header + "journal\tX\tX Journal\t\tsomewhere\t2045-2323\n");
    assertThatThrownBy(() -> VenueRegistry.load(root)).hasMessageContaining("line 2").hasMessageContaining("'2045-2323' is no ISSN");
    Files.writeString(root.resolve(RegistrySource.ADDITIONS), header + "conference\tX\tX Conference\t\tsomewhere\t2045-2322\n");
    assertThatThrownBy(() -> VenueRegistry.load(root)).hasMessageContaining("line 2").hasMessageContaining("an ISSN on a conference row");
    Files.writeString(root.resolve(RegistrySource.ADDITIONS), header + "workshop\tX\tX Meeting\t\tsomewhere\t\n");
    assertThatThrownBy(() -> VenueRegistry.load(root)).hasMessageContaining("line 2").hasMessageContaining("a workshop's full name must say workshop");
  }

  @Test
  void aJournalKeepsTheIssnItsRowGives() {
    assertThat(registry.byAcronym("Sci Rep")).singleElement().satisfies(s -> assertThat(s.issns()).containsExactly("2045-2322"));
  }

  @Test
  void editionOrdinalsGiveTheirEditionsAndTheYearsCountedAcrossYearsTheRegistryListsEditionsIn() {
    VenueSeries neurips = registry.byAcronym("NeurIPS").get(0);
    assertThat(registry.editionYear(neurips, 39)).contains(2025);
    // ccf-deadlines lists NeurIPS in every year from 2021 to 2026: one edition a year.
    assertThat(registry.editionYear(neurips, 38)).contains(2024);
    assertThat(registry.editionYear(neurips, 40)).contains(2026);
    assertThat(registry.editionYear(neurips, 35)).contains(2021);
    // Beyond the years listed, nothing is counted: an edition may have been skipped there.
    assertThat(registry.editionYear(neurips, 34)).isEmpty();
    assertThat(registry.editionYear(neurips, 41)).isEmpty();
    // No edition of ICPR is given with its ordinal.
    assertThat(registry.editionYear(registry.byAcronym("ICPR").get(0), 28)).isEmpty();
  }

  @Test
  void noYearIsCountedAcrossAGapInTheListedEditions(@TempDir Path tmp) throws IOException {
    Path root = copyOfReference(tmp);
    // ECCV is listed in 2022, 2024 and 2026 only: held every other year.
    Files.writeString(root.resolve(RegistrySource.EDITION_ORDINALS), "series\tordinal\tyear\tsource\neccv\t18\t2024\ta test\n");
    VenueRegistry loaded = VenueRegistry.load(root);
    VenueSeries eccv = loaded.byAcronym("ECCV").get(0);
    assertThat(loaded.editionYear(eccv, 18)).contains(2024);
    assertThat(loaded.editionYear(eccv, 19)).isEmpty();
    assertThat(loaded.editionYear(eccv, 17)).isEmpty();
  }

  @Test
  void malformedEditionOrdinalsSayWhere(@TempDir Path tmp) throws IOException {
    Path root = copyOfReference(tmp);
    String header = "series\tordinal\tyear\tsource\n";
    Files.writeString(root.resolve(RegistrySource.EDITION_ORDINALS), header + "no-such-venue\t3\t2025\tsomewhere\n");
    assertThatThrownBy(() -> VenueRegistry.load(root))
        .hasMessageContaining("papergraph-venues/edition-ordinals.tsv line 2")
        .hasMessageContaining("no registry series has the slug 'no-such-venue'");
    Files.writeString(root.resolve(RegistrySource.EDITION_ORDINALS), header + "neurips\tthirty-ninth\t2025\tsomewhere\n");
    assertThatThrownBy(() -> VenueRegistry.load(root)).hasMessageContaining("line 2").hasMessageContaining("ordinal (a number)");
    Files.writeString(root.resolve(RegistrySource.EDITION_ORDINALS), header + "neurips\t39\t2025\ta\nneurips\t39\t2024\tb\n");
    assertThatThrownBy(() -> VenueRegistry.load(root)).hasMessageContaining("line 3").hasMessageContaining("given twice");
  }

  /** The registry files needed for a load, copied so that a test can spoil one. */
  private static Path copyOfReference(Path tmp) throws IOException {
    Path from = SEEDS.resolve("reference");
    for (String dir : List.of("ccf-deadlines", "ccfrank4dblp", "papergraph-venues")) {
      try (Stream<Path> files = Files.walk(from.resolve(dir))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path to = tmp.resolve(from.relativize(f).toString());
          Files.createDirectories(to.getParent());
          Files.copy(f, to);
        }
      }
    }
    return tmp;
  }

  @Test
  void journalsCcfListsByTitleAloneAreLoadedAndMatchedByTitleOnly() {
    VenueSeries neural = registry.series().stream().filter(s -> "Neural Networks".equals(s.fullName())).findFirst().orElseThrow();
    assertThat(neural.journal()).isTrue();
    assertThat(neural.dblpKeys()).containsExactly("journals/nn");
    assertThat(neural.ranks()).containsEntry("ccf", "B");
    // Its title is no acronym: "Neural Networks" in a sentence is not this journal by itself.
    assertThat(registry.byAcronym("Neural Networks")).isEmpty();
    // A journal the additions give an acronym keeps it as its key, and gains the CCF rank.
    VenueSeries grsl = registry.byAcronym("GRSL").get(0);
    assertThat(grsl.fullName()).isEqualTo("IEEE Geoscience and Remote Sensing Letters");
    assertThat(grsl.ranks()).containsEntry("ccf", "C");
    assertThat(registry.byAcronym("MedIA").get(0).slug()).isEqualTo("media");
    // arXiv's CoRR is in CCFrank4dblp's list, but a preprint server is no venue.
    assertThat(registry.series()).noneMatch(s -> s.dblpKeys().contains("journals/corr"));
  }

  @Test
  void qtmlIsInNoRegistry() {
    assertThat(registry.byAcronym("QTML")).isEmpty();
    assertThat(registry.knows("QTML")).isFalse();
  }

  @Test
  void loadsTheSameFromAClasspathDirectoryAndFromAJar(@TempDir Path tmp) throws IOException {
    Path repoRoot = SEEDS.toAbsolutePath().getParent();
    try (URLClassLoader dir = new URLClassLoader(new URL[] {repoRoot.toUri().toURL()}, null)) {
      assertThat(slugs(VenueRegistry.fromClasspath(dir, VenueRegistry.CLASSPATH_ROOT))).isEqualTo(slugs(registry));
    }
    Path jar = tmp.resolve("seeds.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(SEEDS.resolve("reference"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(repoRoot.relativize(f.toAbsolutePath()).toString().replace('\\', '/')));
        Files.copy(f, (OutputStream) out);
        out.closeEntry();
      }
    }
    try (URLClassLoader inJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      assertThat(slugs(VenueRegistry.fromClasspath(inJar, VenueRegistry.CLASSPATH_ROOT))).isEqualTo(slugs(registry));
    }
  }

  @Test
  void missingRegistrySaysWhere(@TempDir Path tmp) {
    assertThatThrownBy(() -> VenueRegistry.load(tmp)).isInstanceOf(UncheckedIOException.class).hasMessageContaining(tmp.toString());
  }

  @Test
  void parsesTheRegistryDateForms() {
    assertThat(EventDates.parse("May 30 - June 3, 2027")).hasValue(new EventDates.Range(LocalDate.of(2027, 5, 30), LocalDate.of(2027, 6, 3)));
    assertThat(EventDates.parse("Dec 3-6, 2024")).hasValue(new EventDates.Range(LocalDate.of(2024, 12, 3), LocalDate.of(2024, 12, 6)));
    assertThat(EventDates.parse("AUGUST 8-10, 2021")).hasValue(new EventDates.Range(LocalDate.of(2021, 8, 8), LocalDate.of(2021, 8, 10)));
    assertThat(EventDates.parse("December 6, 2026")).hasValue(new EventDates.Range(LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 6)));
    assertThat(EventDates.parse("TBA")).isEmpty();
    assertThat(EventDates.parse("February 30-31, 2025")).isEmpty();
  }

  private static List<String> slugs(VenueRegistry r) {
    return r.series().stream().map(VenueSeries::slug).toList();
  }

  /**
   * A dblp key of the additions is either named as checked, with the registry here that lists the
   * same key (and that registry does list it), or marked unchecked: none looks verified without
   * being so.
   */
  @Test
  void everyAdditionsDblpKeyIsMarkedCheckedOnlyWhereARegistryHereListsIt() throws IOException {
    Path reference = Path.of("..", "seeds", "reference");
    String ccfRank = Files.readString(reference.resolve("ccfrank4dblp/ccf_recommended_dblp.tsv"));
    StringBuilder ccfDeadlines = new StringBuilder();
    try (Stream<Path> files = Files.walk(reference.resolve("ccf-deadlines/conference"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
        ccfDeadlines.append(Files.readString(f));
      }
    }
    int keys = 0;
    for (String line : Files.readAllLines(reference.resolve("papergraph-venues/venues.tsv"))) {
      String[] f = line.split("\t", -1);
      if (line.startsWith("#") || line.startsWith("kind\t") || line.isBlank() || f[3].isBlank()) {
        continue;
      }
      keys++;
      String key = f[3];
      String source = f[4];
      if (source.contains("dblp key checked: CCFrank4dblp lists " + key)) {
        assertThat(ccfRank).as(line).contains("\t/" + key);
      } else if (source.contains("dblp key checked: ccf-deadlines lists " + key)) {
        assertThat(ccfDeadlines.toString()).as(line).containsPattern("(?m)^\\s*dblp:\\s*" + key.substring(key.indexOf('/') + 1) + "\\s*$");
      } else {
        assertThat(source).as(line).contains("dblp key unchecked");
        assertThat(ccfRank).as("listed in CCFrank4dblp, so checkable: " + line).doesNotContain("\t/" + key + "\t");
      }
    }
    assertThat(keys).isGreaterThan(20);
  }
}
