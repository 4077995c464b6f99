package org.papergraph.ingest.extract.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resolver over a table of venue statements: the seed's, and real arXiv comments
 * (venue-comments.tsv), each with the claims it must give, none where it must give none.
 */
class VenueResolverTest {
  private static VenueResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new VenueResolver(VenueRegistry.load(Path.of("..", "seeds", "reference")));
  }

  record Row(String source, String comment, String expected) {
    @Override
    public String toString() {
      return source + ": " + comment;
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(VenueResolverTest.class.getResourceAsStream("venue-comments.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.add(new Row(f[0], f[1], f.length > 2 ? f[2] : ""));
      }
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void resolvesAsTheTableSays(Row row) {
    assertThat(describe(resolver.resolve(row.comment()))).isEqualTo(row.expected());
  }

  @Test
  void hostileCommentsAreReadWithoutFailing() {
    // Each of these overflowed the stack or took minutes before: a clause of two thousand
    // capitalised words, and words of a hundred thousand parts that address patterns tried at
    // every character. A comment line may be a million characters long.
    assertThat(resolver.resolve("Accepted at " + "Conference ".repeat(2_000))).isEmpty();
    assertThat(resolver.resolve("Accepted at International Workshop on " + "Machine Learning and ".repeat(3_000) + "2025")).isEmpty();
    assertThat(resolver.resolve("Code " + "x.github.".repeat(100_000) + "io")).isEmpty();
    assertThat(resolver.resolve("Contact " + "a@b.".repeat(100_000))).isEmpty();
    assertThat(resolver.resolve("Accepted at " + "5 pages, ".repeat(50_000) + "2025")).isEmpty();
    // Words of the shapes the workshop and heading rules read, at the clause length read at all.
    assertThat(resolver.resolve("Published in " + "a".repeat(900) + "-NAACL2025")).hasSizeLessThanOrEqualTo(1);
    assertThat(resolver.resolve("Accepted at " + "aB".repeat(450) + " 2025")).hasSizeLessThanOrEqualTo(1);
    assertThat(resolver.resolve("ABC".repeat(300) + ": Workshop on X")).hasSizeLessThanOrEqualTo(1);
    assertThat(resolver.resolve("Accepted at " + "A4".repeat(450) + "MICCAI 2025")).hasSizeLessThanOrEqualTo(1);
    // Clauses the joining rules put together stay within the clause length: a workshop and its
    // host in clauses of their own, and sentences that are only a status, many times over.
    assertThat(resolver.resolve(("Workshop on " + "x ".repeat(400) + "; Nara; co-located with ISWC 2025; ").repeat(20))).hasSizeLessThanOrEqualTo(1);
    assertThat(resolver.resolve("KONVENS 2025. " + "To appear. ".repeat(5_000))).hasSizeLessThanOrEqualTo(1);
    assertThat(resolver.resolve("Accepted. ".repeat(10_000))).isEmpty();
    assertThat(resolver.resolve(("Workshop on X (AB 2025). " + "AB".repeat(450) + "!. ").repeat(3))).hasSizeLessThanOrEqualTo(1);
    // A clause too long to read stands between a workshop and its host: no join across it (the
    // host's clause alone still says "co-located with", but names no workshop).
    assertThat(resolver.resolve("Accepted to the Workshop on Scientific Knowledge; " + "x ".repeat(600) + "; co-located with ISWC 2025"))
        .allSatisfy(c -> assertThat(c.part()).isNull());
    // A venue statement of ordinary length beside such text is still read.
    assertThat(describe(resolver.resolve("Accepted at NeurIPS 2025. " + "Conference ".repeat(2_000)))).isEqualTo("ACCEPTED neurips 2025");
  }

  @Test
  void tableHoldsTheSeedAndAtLeastFortyRealComments() throws IOException {
    List<Row> rows = rows();
    assertThat(rows.stream().filter(r -> r.source().matches("\\d{4}\\.\\d{4,5}"))).hasSizeGreaterThanOrEqualTo(40);
    assertThat(rows.stream().filter(r -> r.source().equals("seed"))).hasSize(7);
  }

  @Test
  void keepsTheRawTextAndNeverGuessesAYear() {
    List<VenueClaim> claims = resolver.resolve("Accepted at NeurIPS; code at https://github.com/x/ICML2024");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).year()).isNull();
    assertThat(claims.get(0).rawText()).isEqualTo("Accepted at NeurIPS; code at https://github.com/x/ICML2024");
    assertThat(claims.get(0).status().presented()).isTrue();
  }

  @Test
  void aCommentInLowerCaseIsReadForItsAcronymsButKeptAsWritten() {
    List<VenueClaim> claims = resolver.resolve("7 pages, neurips workshop");
    assertThat(claims).extracting(c -> c.series().acronym()).containsExactly("NeurIPS");
    assertThat(claims.get(0).rawText()).isEqualTo("7 pages, neurips workshop");
  }

  @Test
  void provisionalVenueIsNamedByTheStatement() {
    VenueClaim qtml = resolver.resolve("The Conference Quantum Techniques in Machine Learning (QTML), 2022").get(0);
    assertThat(qtml.provisional()).isTrue();
    assertThat(qtml.series().acronym()).isEqualTo("QTML");
    assertThat(qtml.series().fullName()).isEqualTo("Quantum Techniques in Machine Learning");
    assertThat(qtml.series().slug()).isEqualTo("qtml");
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
          Accepted at CVSports@CVPR'25 | cvpr | WORKSHOP | CVSports | ''
          Accepted to CVPR 2025 Workshop on Efficient Large Vision Models (April 2025) | cvpr | WORKSHOP | '' | Workshop on Efficient Large Vision Models
          accepted CVPR 2025 Workshop on Recovering 6D Object Pose (R6D) | cvpr | WORKSHOP | R6D | Workshop on Recovering 6D Object Pose
          ACL 2025 Workshop (FEVER) | acl | WORKSHOP | FEVER | ''
          ICCV 2025 CDEL Workshop | iccv | WORKSHOP | CDEL | ''
          Accepted by CVPR 2025 Event-based Vision Workshop | cvpr | WORKSHOP | '' | Event-based Vision Workshop
          Workshop on Agentic AI for Enterprise at KDD '25 | sigkdd | WORKSHOP | '' | Workshop on Agentic AI for Enterprise
          Accepted to ICCV 2025's Joint Workshop on Marine Vision (ICCVW, CVAUI&AAMVEM) | iccv | WORKSHOP | '' | Workshop on Marine Vision
          Accepted to Findings of ACL 2025 | acl | ACCEPTED | '' | Findings
          EMNLP 2025 Findings | emnlp | PUBLISHED | '' | Findings
          Accepted and presented to LLM4EVAL at WSDM '25 | wsdm | WORKSHOP | LLM4EVAL | ''
          Accepted to HCI+NLP at ACL 2025 | acl | WORKSHOP | HCI+NLP | ''
          Accepted to the 6th Workshop on Insights from Negative Results in NLP at NAACL 2025 | naacl | WORKSHOP | '' | Workshop on Insights from Negative Results in NLP
          Presented at AAAI Workshop on Privacy-Preserving Artificial Intelligence (PPAI) 2025 | aaai | WORKSHOP | PPAI | Workshop on Privacy-Preserving Artificial Intelligence
          3 pages, 1 figure, accepted by ECAI MODeM 2025 | ecai | WORKSHOP | MODeM | ''
          Accepted at NLP4DH Workshop @ NAACL 2025 | naacl | WORKSHOP | NLP4DH | ''
          Accepted at DIG-BUGS: Data in Generative Models Workshop @ ICML 2025 | icml | WORKSHOP | '' | Data in Generative Models Workshop
          Accepted to ICLR 2025 ML4RS | iclr | WORKSHOP | ML4RS | ''
          Accepted to Findings of the Association for Computational Linguistics 2025 | acl | ACCEPTED | '' | Findings
          Accepted to NAACL2025-Findings | naacl | ACCEPTED | '' | Findings
          Accepted for the Coordination and Cooperation in Multi-Agent Reinforcement Learning Workshop at the Reinforcement Learning Conference 2025 | rlc | WORKSHOP | '' | Coordination and Cooperation in Multi-Agent Reinforcement Learning Workshop
          published at the 7th Workshop on Narrative Understanding, NAACL 2025 | naacl | WORKSHOP | '' | Workshop on Narrative Understanding
          accepted to The Eleventh Workshop on Fine-Grained Visual Categorization in CVPR 2024 | cvpr | WORKSHOP | '' | Workshop on Fine-Grained Visual Categorization
          Accepted by CVPR 2025 4th CV4Metaverse Workshop | cvpr | WORKSHOP | CV4Metaverse | ''
          Accepted to CMCL 2025 workshop, co-located with NAACL 2025 | naacl | WORKSHOP | CMCL | Workshop on Cognitive Modeling and Computational Linguistics
          Accepted to CVPRW2025 - 4D Vision Workshop | cvpr | WORKSHOP | '' | 4D Vision Workshop
          To be published in Proceedings of the SWITCH Workshop at MICCAI 2025 | miccai | WORKSHOP | SWITCH | ''
          Appeared in the ICML 2025 Workshop on Building Physically Plausible World Models, July 2025 | icml | WORKSHOP | '' | Workshop on Building Physically Plausible World Models
          Accepted to SemEval-2025, an ACL 2025 workshop | acl | WORKSHOP | SemEval | International Workshop on Semantic Evaluation
          ACL 2025 BioNLP Workshop | acl | WORKSHOP | BioNLP | Workshop on Biomedical Natural Language Processing
          Accepted at 5th Workshop on Scholarly Document Processing @ ACL 2025 | acl | WORKSHOP | '' | Workshop on Scholarly Document Processing
          NSLP@LREC 2026 | lrec | WORKSHOP | NSLP | ''
          Accepted at GenAICHI 2025 @ ACM CHI 2025 | chi | WORKSHOP | GenAICHI | ''
          Accepted at CVPR 2023 NTIRE Workshop | cvpr | WORKSHOP | NTIRE | New Trends in Image Restoration and Enhancement Workshop
          Accepted to Insights @ NAACL 2025 | naacl | WORKSHOP | Insights | ''
          """)
  void aNamedWorkshopOrTrackIsAPartOfTheHostEdition(String comment, String host, VenueStatus status, String acronym, String name) {
    List<VenueClaim> claims = resolver.resolve(comment);
    assertThat(claims).hasSize(1);
    VenueClaim c = claims.get(0);
    assertThat(c.series().slug()).isEqualTo(host);
    assertThat(c.status()).isEqualTo(status);
    assertThat(c.part()).isNotNull();
    assertThat(c.part().acronym()).isEqualTo(acronym.isEmpty() ? null : acronym);
    assertThat(c.part().name()).isEqualTo(name.isEmpty() ? null : name);
  }

  @Test
  void anEventNamedWithItsEventWordIsAlsoCalledByTheNameBeforeIt() {
    // "Wireless Days Conference": the series goes by "Wireless Days" too; not "International
    // Ultrasonics" for the International Ultrasonics Symposium, nor "AAAI Fall".
    assertThat(resolver.resolve("8 pages. 8 figures. Wireless Days Conference, December 2025"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.provisional()).isTrue();
          assertThat(c.series().fullName()).isEqualTo("Wireless Days Conference");
          assertThat(c.series().altNames()).containsExactly("Wireless Days");
          assertThat(c.year()).isEqualTo(2025);
        });
    assertThat(resolver.resolve("4 pages, 6 figures, The 2025 IEEE International Ultrasonics Symposium"))
        .singleElement()
        .satisfies(c -> assertThat(c.series().altNames()).isEmpty());
  }

  @Test
  void aJournalNoRegistryListsKeepsTheIssnItsStatementGives() {
    assertThat(resolver.resolve("10 pages, 3 figures, International Journal Of Engineering And Computer Science ISSN:2319-7242"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.provisional()).isTrue();
          assertThat(c.series().journal()).isTrue();
          assertThat(c.series().issns()).containsExactly("2319-7242");
        });
    // A number with a wrong check digit is no ISSN, and a number without the label is none either.
    assertThat(resolver.resolve("Published in International Journal of Foo Studies ISSN: 2319-7243")).singleElement().satisfies(c -> assertThat(c.series().issns()).isEmpty());
    assertThat(resolver.resolve("Published in International Journal of Foo Studies 2319-7242")).allSatisfy(c -> assertThat(c.series().issns()).isEmpty());
  }

  @Test
  void aWorkshopWhoseInitialsEndItsNameIsAWorkshopOfItsOwnNamedByAllOfIt() {
    assertThat(resolver.resolve("Accepted at the 2nd Workshop on Small Languages for Building Shared Resources (BSR 2025)"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.status()).isEqualTo(VenueStatus.WORKSHOP);
          assertThat(c.provisional()).isTrue();
          assertThat(c.series().acronym()).isEqualTo("BSR");
          assertThat(c.series().fullName()).isEqualTo("Workshop on Small Languages for Building Shared Resources");
          assertThat(c.year()).isEqualTo(2025);
          assertThat(c.part()).isNull();
        });
    // A page count before the host names no workshop.
    assertThat(resolver.resolve("14 pages, 6 Figures, ICPR 2024 Workshop")).singleElement().satisfies(c -> assertThat(c.part()).isNull());
  }

  @Test
  void aWorkshopTheRegistryListsIsAVenueOfItsOwnUnlessAHostIsNamed() {
    assertThat(resolver.resolve("Accepted at BEA 2025")).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(VenueStatus.WORKSHOP);
      assertThat(c.provisional()).isFalse();
      assertThat(c.series().kind()).isEqualTo(VenueKind.WORKSHOP);
      assertThat(c.part()).isNull();
    });
    assertThat(resolver.resolve("Accepted at the BEA 2025 Workshop at ACL 2025")).singleElement().satisfies(c -> {
      assertThat(c.series().acronym()).isEqualTo("ACL");
      assertThat(c.status()).isEqualTo(VenueStatus.WORKSHOP);
      assertThat(c.part().acronym()).isEqualTo("BEA");
    });
  }

  @Test
  void aWorkshopNamedByNothingButItsHostIsNoPart() {
    assertThat(resolver.resolve("Accepted at CVPRW'25")).singleElement().satisfies(c -> assertThat(c.part()).isNull());
    assertThat(resolver.resolve("Accepted by CVPR 2025 Workshop")).singleElement().satisfies(c -> assertThat(c.part()).isNull());
    // The society in front of a workshop's name is not the workshop.
    assertThat(resolver.resolve("Accepted at ACL 2025")).singleElement().satisfies(c -> assertThat(c.part()).isNull());
  }

  @Test
  void anEditionOrdinalGivesNoYearByItself() {
    // Registries list no ordinals, and series skip years: "28th" alone would be a guess.
    assertThat(resolver.resolve("Accepted at the 28th International Conference on Pattern Recognition")).singleElement().satisfies(c -> assertThat(c.year()).isNull());
    assertThat(resolver.resolve("Accepted at the 28th International Conference on Pattern Recognition (ICPR 2026)"))
        .singleElement()
        .satisfies(c -> assertThat(c.year()).isEqualTo(2026));
    assertThat(resolver.resolve("Proceedings of the 12th International Conference on Learning Representations, 2024"))
        .singleElement()
        .satisfies(c -> assertThat(c.year()).isEqualTo(2024));
  }

  @Test
  void anEditionOrdinalIsCountedFromAGivenEditionAcrossYearsOfEditions() {
    // ACL's 63rd edition is 2025 (edition-ordinals.tsv) and ccf-deadlines lists ACL in 2024 and 2025.
    assertThat(resolver.resolve("Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 4: Student Research Workshop)"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.series().acronym()).isEqualTo("ACL");
          assertThat(c.year()).isEqualTo(2024);
          assertThat(c.status()).isEqualTo(VenueStatus.WORKSHOP);
        });
  }

  @Test
  void aWorkshopWordBesideTheOnlyVenueMakesThePaperAWorkshopPaperThere() {
    for (String comment :
        List.of(
            "ICCV 2025; OpenSUN3D Workshop; Camera ready version",
            "Accepted ICCV 2025. Adaptation, Fairness, Explainability in AI Medical Imaging (PHAROS-AFE-AIMI Workshop). 8 pages, 5 figures",
            "ICCVW AIM 2025")) {
      assertThat(resolver.resolve(comment)).as(comment).singleElement().satisfies(c -> {
        assertThat(c.series().acronym()).isEqualTo("ICCV");
        assertThat(c.year()).isEqualTo(2025);
        assertThat(c.status()).isEqualTo(VenueStatus.WORKSHOP);
      });
    }
    assertThat(resolver.resolve("British Machine Vision Conference (BMVC 2025), in the From Scene Understanding to Human Modeling Workshop"))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(VenueStatus.WORKSHOP));
    // The workshop is another venue's: ITSC stays the paper's conference.
    assertThat(resolver.resolve("Ranked first in CVPR DriveX workshop TUM-Traf V2X challenge. Accepted by ITSC2025"))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(VenueStatus.ACCEPTED));
    // Another paper's workshop, or a submission to one, says nothing of this paper.
    assertThat(resolver.resolve("Accepted at CVPR 2025. A preliminary version appeared at a NeurIPS workshop"))
        .extracting(VenueClaim::status)
        .doesNotContain(VenueStatus.WORKSHOP);
    assertThat(resolver.resolve("Accepted at CVPR 2025. An earlier version was submitted to a workshop"))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(VenueStatus.ACCEPTED));
    // A second presentation, a study's method, another series' workshop by a word-like acronym,
    // or a statement of its own about the workshop beside one about the host: the host stays.
    for (String comment :
        List.of(
            "Accepted to NeurIPS 2025. Also presented at the New in ML workshop.",
            "Accepted at COLING 2025. The dataset was built during a Dagstuhl workshop.",
            "Accepted at ICRA 2025. Also presented at an RSS workshop.",
            "Accepted at ICLR 2025. Presented at the SynthData workshop.",
            "Accepted at CVPR 2025. Code and workshop slides at github.com/foo/cvpr-workshop",
            "Published at ICML 2024. Best paper at the XYZ workshop")) {
      assertThat(resolver.resolve(comment)).as(comment).extracting(VenueClaim::status).doesNotContain(VenueStatus.WORKSHOP);
    }
    // The workshop stated on its own, its host in parentheses: one statement.
    assertThat(resolver.resolve("Accepted for publication in the 4th HCI+NLP Workshop (Fourth Workshop on Bridging Human-Computer Interaction and Natural"
            + " Language Processing; part of EMNLP 2025)"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.series().acronym()).isEqualTo("EMNLP");
          assertThat(c.status()).isEqualTo(VenueStatus.WORKSHOP);
        });
    // A series whose own name is a workshop's: the word is its name.
    assertThat(resolver.resolve("Accepted in the 2025 IEEE Automatic Speech Recognition and Understanding Workshop"))
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(VenueStatus.ACCEPTED));
    // A host's workshops written as one word give the year only to the host right before the acronym.
    assertThat(resolver.resolve("Accepted at MisD @ AAAI ICWSM 2025")).singleElement().satisfies(c -> assertThat(c.series().acronym()).isEqualTo("ICWSM"));
  }

  @Test
  void aHostWhoseMentionSpansTheWorkshopNameGivesNoPartAndNoFailure() {
    // Overlapping spans once cut the comment backwards (StringIndexOutOfBoundsException), which
    // ended an ingest at this record.
    assertThat(resolver.resolve("Accepted at the 38th Conference and Workshop on Neural Information Processing Systems (NeurIPS 2024)"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.series().acronym()).isEqualTo("NeurIPS");
          assertThat(c.year()).isEqualTo(2024);
          assertThat(c.part()).isNull();
        });
  }

  @Test
  void underReviewIsNoPresentation() {
    VenueClaim claim = resolver.resolve("Under review at ICLR 2026").get(0);
    assertThat(claim.status()).isEqualTo(VenueStatus.UNDER_REVIEW);
    assertThat(claim.status().presented()).isFalse();
  }

  /** The table's notation: STATUS slug year, '-' for no year, '*' after a provisional slug. */
  static String describe(List<VenueClaim> claims) {
    return claims.stream()
        .map(c -> c.status() + " " + c.series().slug() + (c.provisional() ? "*" : "") + " " + (c.year() == null ? "-" : c.year()))
        .collect(Collectors.joining("; "));
  }
}
