package org.papergraph.ingest.extract.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-labelled evaluation set (venue-labels.tsv, rules in the README beside it) and the
 * scoring over it. The floors are the figures recorded in bench/RESULTS.md: a change that makes
 * the resolver worse on the set fails here; raise them when it gets better.
 */
class VenueEvaluationTest {
  /** Comments right of 320, as recorded in bench/RESULTS.md ("Venue resolution", after). */
  private static final int FLOOR_RIGHT = 312;

  /** Comments right of 300 in the held-out set, as recorded in bench/RESULTS.md. */
  private static final int HELD_OUT_FLOOR_RIGHT = 292;

  /** Comments right of 200 in the third set, as recorded in bench/RESULTS.md. */
  private static final int THIRD_FLOOR_RIGHT = 194;

  /** Comments right of 200 in the fourth set, as recorded in bench/RESULTS.md (194 since a comment that is nothing but an event's full name states it: "30th ITS World Congress, Dubai, …"). */
  private static final int FOURTH_FLOOR_RIGHT = 194;

  /** Comments right of 80 in the fifth set, as recorded in bench/RESULTS.md. */
  private static final int FIFTH_FLOOR_RIGHT = 76;

  /** Comments right of 90 in the sixth set, as recorded in bench/RESULTS.md. */
  private static final int SIXTH_FLOOR_RIGHT = 87;

  /** Comments right of 105 in the seventh set, as recorded in bench/RESULTS.md (after; 89 before). */
  private static final int SEVENTH_FLOOR_RIGHT = 103;

  /** Comments right of 104 in the eighth set, as recorded in bench/RESULTS.md (101 since IV's 36th edition is read as 2025; 94 before). */
  private static final int EIGHTH_FLOOR_RIGHT = 101;

  /** Comments right of 92 in the ninth set, as recorded in bench/RESULTS.md (after; 82 before). */
  private static final int NINTH_FLOOR_RIGHT = 89;

  /** Comments right of 92 in the tenth set, as recorded in bench/RESULTS.md (after; 83 before). */
  private static final int TENTH_FLOOR_RIGHT = 90;

  /** Comments right of 92 in the eleventh set, as recorded in bench/RESULTS.md (after; 75 before; the RoboCup International Symposium in the registry since the forty-first set). */
  private static final int ELEVENTH_FLOOR_RIGHT = 82;

  /** Comments right of 92 in the twelfth set, as recorded in bench/RESULTS.md (after, and "the HAR 2025 conference" read since the thirty-fourth set; 85 at the resolver before the eleventh's changes). */
  private static final int TWELFTH_FLOOR_RIGHT = 89;

  /** Comments right of 92 in the thirteenth set, as recorded in bench/RESULTS.md (89 since "ACM MM25" is read as ACM MM 2025; 88 since the twentieth set's rules read an "abridged version" as an earlier paper's; 86 when first measured, 85 at the resolver before the eleventh's changes). */
  private static final int THIRTEENTH_FLOOR_RIGHT = 89;

  /** Comments right of 92 in the fourteenth set, as recorded in bench/RESULTS.md (after; 84 when first measured). */
  private static final int FOURTEENTH_FLOOR_RIGHT = 90;

  /** Comments right of 92 in the fifteenth set, as recorded in bench/RESULTS.md (after; 89 when first measured). */
  private static final int FIFTEENTH_FLOOR_RIGHT = 91;

  /** Comments right of 92 in the sixteenth set, as recorded in bench/RESULTS.md (after; 85 when first measured). */
  private static final int SIXTEENTH_FLOOR_RIGHT = 92;

  /** Comments right of 92 in the seventeenth set, as recorded in bench/RESULTS.md (after; 81 when first measured, 85 before CBMI joined the registry). */
  private static final int SEVENTEENTH_FLOOR_RIGHT = 87;

  /** Comments right of 92 in the eighteenth set, as recorded in bench/RESULTS.md (after; 81 when first measured; 88 since a comment that is nothing but an event's full name states it; 89 since TeX accents are read: "Ris{\\o}"). */
  private static final int EIGHTEENTH_FLOOR_RIGHT = 89;

  /** Comments right of 92 in the nineteenth set, as recorded in bench/RESULTS.md (after, "HICSS-59 (2026)" read since the thirty-second set and a bare acronym and year since the thirty-ninth; 82 when first measured). */
  private static final int NINETEENTH_FLOOR_RIGHT = 89;

  /** Comments right of 92 in the twentieth set, as recorded in bench/RESULTS.md (after; 88 when first measured). */
  private static final int TWENTIETH_FLOOR_RIGHT = 90;

  /** Comments right of 92 in the twenty-first set, as recorded in bench/RESULTS.md (after, and a bare acronym and year read since the thirty-ninth set; 80 when first measured). */
  private static final int TWENTY_FIRST_FLOOR_RIGHT = 86;

  /** Comments right of 92 in the twenty-second set, as recorded in bench/RESULTS.md (after; 83 when first measured). */
  private static final int TWENTY_SECOND_FLOOR_RIGHT = 86;

  /** Comments right of 92 in the twenty-third set, as recorded in bench/RESULTS.md (after, and a workshop on "Treatment Challenges" read since the thirty-second set; 84 when first measured). */
  private static final int TWENTY_THIRD_FLOOR_RIGHT = 87;

  /** Comments right of 92 in the twenty-fourth set, as recorded in bench/RESULTS.md (after; 88 when first measured). */
  private static final int TWENTY_FOURTH_FLOOR_RIGHT = 89;

  /** Comments right of 92 in the twenty-fifth set, as recorded in bench/RESULTS.md (after the twenty-sixth's rules; 86 when first measured). */
  private static final int TWENTY_FIFTH_FLOOR_RIGHT = 91;

  /** Comments right of 86 in the twenty-sixth set, as recorded in bench/RESULTS.md (after; 82 when first measured). */
  private static final int TWENTY_SIXTH_FLOOR_RIGHT = 84;

  /** Comments right of 86 in the twenty-seventh set, as recorded in bench/RESULTS.md (after; 82 when first measured). */
  private static final int TWENTY_SEVENTH_FLOOR_RIGHT = 85;

  /** Comments right of 86 in the twenty-eighth set, as recorded in bench/RESULTS.md (after; 82 when first measured). */
  private static final int TWENTY_EIGHTH_FLOOR_RIGHT = 84;

  /** Comments right of 86 in the twenty-ninth set, as recorded in bench/RESULTS.md (after; 81 when first measured). */
  private static final int TWENTY_NINTH_FLOOR_RIGHT = 83;

  /** Comments right of 86 in the thirtieth set, as recorded in bench/RESULTS.md (after, and a bare acronym and year read since the thirty-ninth set; 76 when first measured). */
  private static final int THIRTIETH_FLOOR_RIGHT = 80;

  /** Comments right of 86 in the thirty-first set, as recorded in bench/RESULTS.md (after, and "MICAD 2025 conference" read since the thirty-fourth set; 75 when first measured). */
  private static final int THIRTY_FIRST_FLOOR_RIGHT = 79;

  /**
   * Comments right of 86 in the thirty-second set, as recorded in bench/RESULTS.md (after; 80 when
   * first measured). 84 until a comment that is nothing but an event's full name stated it: "20th
   * International Workshop on Semantic and Social Media Adaptation & Personalization" is now that
   * workshop with no year (the text gives none; the readers took 2025 from the series' history),
   * where claiming nothing had matched the unnamed label. Deliberate: the whole file gains 34 such
   * venues, read right but for this year and two names.
   */
  private static final int THIRTY_SECOND_FLOOR_RIGHT = 83;

  /** Comments right of 86 in the thirty-third set, as recorded in bench/RESULTS.md (when first measured: 82 as first scored, 83 once the scorer read the label "IP&M" as IPM). */
  private static final int THIRTY_THIRD_FLOOR_RIGHT = 83;

  /** Comments right of 77 in the thirty-fourth set, as recorded in bench/RESULTS.md (after, and a bare acronym and year read since the thirty-ninth set; 73 when first measured). */
  private static final int THIRTY_FOURTH_FLOOR_RIGHT = 75;

  /** Comments right of 56 in the thirty-fifth set, as recorded in bench/RESULTS.md (after; 52 when first measured). */
  private static final int THIRTY_FIFTH_FLOOR_RIGHT = 53;

  /** Comments right of 56 in the thirty-sixth set, as recorded in bench/RESULTS.md (after; 48 when first measured). */
  private static final int THIRTY_SIXTH_FLOOR_RIGHT = 49;

  /** Comments right of 56 in the thirty-seventh set, as recorded in bench/RESULTS.md (a bare acronym and year, and a workshop's year before "at" its host, read since the thirty-ninth set; 54 when first measured). */
  private static final int THIRTY_SEVENTH_FLOOR_RIGHT = 56;

  /** Comments right of 56 in the thirty-eighth set, as recorded in bench/RESULTS.md ("CLiC-it" read since the thirty-ninth set; 53 when first measured). */
  private static final int THIRTY_EIGHTH_FLOOR_RIGHT = 54;

  /** Comments right of 56 in the thirty-ninth set, as recorded in bench/RESULTS.md (56 since IWAIPR joined the additions as a workshop; 55 when first measured, and after). */
  private static final int THIRTY_NINTH_FLOOR_RIGHT = 56;

  /** Comments right of 56 in the fortieth set, as recorded in bench/RESULTS.md (after "preparing for" and the front-letter fix; 53 when first measured). */
  private static final int FORTIETH_FLOOR_RIGHT = 55;

  /** Comments right of 56 in the forty-first set, as recorded in bench/RESULTS.md (after a part or a figure of the paper is no venue of it, and VL/HCC and RoboCup in the registry; 50 when first measured). */
  private static final int FORTY_FIRST_FLOOR_RIGHT = 54;

  /** Comments right of 56 in the forty-second set, as recorded in bench/RESULTS.md (after "requirements of" reads as a format; 53 when first measured). */
  private static final int FORTY_SECOND_FLOOR_RIGHT = 54;

  /** Comments right of 56 in the forty-third set, as recorded in bench/RESULTS.md (after ICHI joined the additions; 52 when first measured). */
  private static final int FORTY_THIRD_FLOOR_RIGHT = 53;

  /** Comments right of 56 in the forty-fourth set, as recorded in bench/RESULTS.md (after CAA and OCEANS joined the additions and a name that is its acronym and "Conference" was read so; 52 when first measured). */
  private static final int FORTY_FOURTH_FLOOR_RIGHT = 54;

  /** Comments right of 56 in the forty-fifth set, as recorded in bench/RESULTS.md (after IV joined the additions and HICSS-59 and IV's 36th became edition ordinals; 52 when first measured). */
  private static final int FORTY_FIFTH_FLOOR_RIGHT = 55;

  /** Comments right of 56 in the forty-sixth set, as recorded in bench/RESULTS.md (after IWAIPR and the Deep Learning Indaba joined the additions; 54 when first measured). */
  private static final int FORTY_SIXTH_FLOOR_RIGHT = 56;

  /** Comments right of 56 in the forty-seventh set, as recorded in bench/RESULTS.md (after "Wireless Days Conference" was also called Wireless Days; 54 when first measured). */
  private static final int FORTY_SEVENTH_FLOOR_RIGHT = 55;

  /** Comments right of 56 in the forty-eighth set, as recorded in bench/RESULTS.md (after CASE joined the additions and "appearing in" read as to appear; 53 when first measured). */
  private static final int FORTY_EIGHTH_FLOOR_RIGHT = 55;

  /** Comments right of 56 in the forty-ninth set, as recorded in bench/RESULTS.md (after "accepet" read as accepted; 54 when first measured). */
  private static final int FORTY_NINTH_FLOOR_RIGHT = 55;

  /** Comments right of 53 in the fiftieth set, as recorded in bench/RESULTS.md (after CoG joined the additions and "Accepted ICIR 2025" was read; 46 when first measured). */
  private static final int FIFTIETH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the fifty-first set, as recorded in bench/RESULTS.md (when first measured, and after). */
  private static final int FIFTY_FIRST_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the fifty-second set, as recorded in bench/RESULTS.md (after CVIDL joined the additions; 47 when first measured). */
  private static final int FIFTY_SECOND_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the fifty-third set, as recorded in bench/RESULTS.md (after AIiH and EC3 joined the additions; 48 when first measured). */
  private static final int FIFTY_THIRD_FLOOR_RIGHT = 50;

  /** Comments right of 50 in the fifty-fourth set, as recorded in bench/RESULTS.md (when first measured, and after). */
  private static final int FIFTY_FOURTH_FLOOR_RIGHT = 46;

  /** Comments right of 50 in the fifty-fifth set, as recorded in bench/RESULTS.md (after the AAAI Fall Symposium Series was read apart from AAAI; 45 when first measured). */
  private static final int FIFTY_FIFTH_FLOOR_RIGHT = 46;

  /** Comments right of 50 in the fifty-sixth set, as recorded in bench/RESULTS.md (when first measured). */
  private static final int FIFTY_SIXTH_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the fifty-seventh set, as recorded in bench/RESULTS.md (when first measured). */
  private static final int FIFTY_SEVENTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the fifty-eighth set, as recorded in bench/RESULTS.md (after an acronym before a lower-case "conference" was read as the name; 47 when first measured). */
  private static final int FIFTY_EIGHTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the fifty-ninth set, as recorded in bench/RESULTS.md (after the ECAI ordinal and "AAAI/ACM" as the societies; 44 when first measured). */
  private static final int FIFTY_NINTH_FLOOR_RIGHT = 46;

  /** Comments right of 50 in the sixtieth set, as recorded in bench/RESULTS.md (when first measured). */
  private static final int SIXTIETH_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the sixty-first set, as recorded in bench/RESULTS.md (when first measured). */
  private static final int SIXTY_FIRST_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the sixty-second set, as recorded in bench/RESULTS.md (after i3CE joined the additions and NIER was read as a track; 46 when first measured). */
  private static final int SIXTY_SECOND_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the sixty-third set, as recorded in bench/RESULTS.md (after SLaTE and i-SAIRAS joined the additions and a quoted journal title was read; 46 when first measured). */
  private static final int SIXTY_THIRD_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the sixty-fourth set, as recorded in bench/RESULTS.md (when first measured). */
  private static final int SIXTY_FOURTH_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the sixty-fifth set, as recorded in bench/RESULTS.md (when first measured). */
  private static final int SIXTY_FIFTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the sixty-sixth set, as recorded in bench/RESULTS.md (after CAIN joined the additions; 44 when first measured). */
  private static final int SIXTY_SIXTH_FLOOR_RIGHT = 45;

  /** Comments right of 50 in the sixty-seventh set, as recorded in bench/RESULTS.md (after REALM joined the additions; 47 when first measured). */
  private static final int SIXTY_SEVENTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the sixty-eighth set, as recorded in bench/RESULTS.md (after "to be appeared" was read as to appear; 45 when first measured). */
  private static final int SIXTY_EIGHTH_FLOOR_RIGHT = 46;

  /** Comments right of 50 in the sixty-ninth set, as recorded in bench/RESULTS.md (after TSD and SAICSIT joined the additions; 45 when first measured). */
  private static final int SIXTY_NINTH_FLOOR_RIGHT = 47;

  /** Comments right of 50 in the seventieth set, as recorded in bench/RESULTS.md (after MMSports and RECITAL joined the additions and TeX accents were read; 46 when first measured). */
  private static final int SEVENTIETH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the seventy-first set, as recorded in bench/RESULTS.md (after SCOLIA and CanAI joined the additions; 46 when first measured). */
  private static final int SEVENTY_FIRST_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the seventy-second set, as recorded in bench/RESULTS.md (50 when first measured). */
  private static final int SEVENTY_SECOND_FLOOR_RIGHT = 50;

  /** Comments right of 50 in the seventy-third set, as recorded in bench/RESULTS.md (after Bridges joined the additions; 48 when first measured). */
  private static final int SEVENTY_THIRD_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the seventy-fourth set, as recorded in bench/RESULTS.md (48 when first measured). */
  private static final int SEVENTY_FOURTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the seventy-fifth set, as recorded in bench/RESULTS.md (after STIL, NICOGRAPH International and ASMUS joined the additions; 44 when first measured). */
  private static final int SEVENTY_FIFTH_FLOOR_RIGHT = 47;

  /** Comments right of 50 in the seventy-sixth set, as recorded in bench/RESULTS.md (after STACOM joined the additions and "under view" was read as under review; 47 when first measured). */
  private static final int SEVENTY_SIXTH_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the seventy-seventh set, as recorded in bench/RESULTS.md (after a venue's template stopped naming it and a venue alone after the counts named it; 46 when first measured). */
  private static final int SEVENTY_SEVENTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the seventy-eighth set, as recorded in bench/RESULTS.md (after SSCI and SPIE DCS joined the additions; 44 when first measured). */
  private static final int SEVENTY_EIGHTH_FLOOR_RIGHT = 46;

  /** Comments right of 50 in the seventy-ninth set, as recorded in bench/RESULTS.md (after a name cited with its acronym and year and an unknown acronym before a comma and its host were read, and "MAINS" after a venue read as its main conference; 45 when first measured). */
  private static final int SEVENTY_NINTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the eightieth set, as recorded in bench/RESULTS.md (after ELMAR and IUS joined the additions; 47 when first measured). */
  private static final int EIGHTIETH_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the eighty-first set, as recorded in bench/RESULTS.md (after LREC-COLING joined the additions and "MAINs" was read as the main conference; 46 when first measured). */
  private static final int EIGHTY_FIRST_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the eighty-second set, as recorded in bench/RESULTS.md (after WOAH and SWARM joined the additions; 47 when first measured). */
  private static final int EIGHTY_SECOND_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the eighty-third set, as recorded in bench/RESULTS.md (after IWSDS joined the additions as a workshop; 49 when first measured). */
  private static final int EIGHTY_THIRD_FLOOR_RIGHT = 50;

  /** Comments right of 50 in the eighty-fourth set, as recorded in bench/RESULTS.md (after a host named in full after "co-located with" made its event a workshop; 49 when first measured). */
  private static final int EIGHTY_FOURTH_FLOOR_RIGHT = 50;

  /** Comments right of 50 in the eighty-fifth set, as recorded in bench/RESULTS.md (after APSA joined the additions; 48 when first measured). */
  private static final int EIGHTY_FIFTH_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the eighty-sixth set, as recorded in bench/RESULTS.md (48 when first measured; its two misses left). */
  private static final int EIGHTY_SIXTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the eighty-seventh set, as recorded in bench/RESULTS.md (after WCL and PESGM joined the additions; 46 when first measured). */
  private static final int EIGHTY_SEVENTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the eighty-eighth set, as recorded in bench/RESULTS.md (after QIC joined the additions and a date after a journal's name no longer read as the name going on; 48 when first measured). */
  private static final int EIGHTY_EIGHTH_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the eighty-ninth set, as recorded in bench/RESULTS.md (after the MLMI workshop joined the additions; 47 when first measured). */
  private static final int EIGHTY_NINTH_FLOOR_RIGHT = 48;

  /** Comments right of 50 in the ninetieth set, as recorded in bench/RESULTS.md (after "accecpted" was read as "accepted"; 49 when first measured). */
  private static final int NINETIETH_FLOOR_RIGHT = 50;

  /** Comments right of 50 in the ninety-first set, as recorded in bench/RESULTS.md (after TRB joined the additions; 48 when first measured). */
  private static final int NINETY_FIRST_FLOOR_RIGHT = 49;

  /** Comments right of 50 in the ninety-second set, as recorded in bench/RESULTS.md (50 when first measured). */
  private static final int NINETY_SECOND_FLOOR_RIGHT = 50;

  /** Comments right of 50 in the ninety-third set, as recorded in bench/RESULTS.md (after BiDS, EDULEARN and SLTAT joined the additions and "iMIMIC at MICCAI" was read as a workshop; 44 when first measured). */
  private static final int NINETY_THIRD_FLOOR_RIGHT = 48;

  private static VenueResolver resolver;

  @BeforeAll
  static void load() {
    resolver = new VenueResolver(VenueRegistry.load(Path.of("..", "seeds", "reference")));
  }

  /** The labelled sets in the order they were drawn: each leaves out the arXiv ids of those before it. */
  private static final List<String> SETS = List.of("venue-labels.tsv", "venue-labels-heldout.tsv", "venue-labels-third.tsv", "venue-labels-fourth.tsv", "venue-labels-fifth.tsv", "venue-labels-sixth.tsv", "venue-labels-seventh.tsv", "venue-labels-eighth.tsv", "venue-labels-ninth.tsv", "venue-labels-tenth.tsv", "venue-labels-eleventh.tsv", "venue-labels-twelfth.tsv", "venue-labels-thirteenth.tsv", "venue-labels-fourteenth.tsv", "venue-labels-fifteenth.tsv", "venue-labels-sixteenth.tsv", "venue-labels-seventeenth.tsv", "venue-labels-eighteenth.tsv", "venue-labels-nineteenth.tsv", "venue-labels-twentieth.tsv", "venue-labels-twenty-first.tsv", "venue-labels-twenty-second.tsv", "venue-labels-twenty-third.tsv", "venue-labels-twenty-fourth.tsv", "venue-labels-twenty-fifth.tsv", "venue-labels-twenty-sixth.tsv", "venue-labels-twenty-seventh.tsv", "venue-labels-twenty-eighth.tsv", "venue-labels-twenty-ninth.tsv", "venue-labels-thirtieth.tsv", "venue-labels-thirty-first.tsv", "venue-labels-thirty-second.tsv", "venue-labels-thirty-third.tsv", "venue-labels-thirty-fourth.tsv", "venue-labels-thirty-fifth.tsv", "venue-labels-thirty-sixth.tsv", "venue-labels-thirty-seventh.tsv", "venue-labels-thirty-eighth.tsv", "venue-labels-thirty-ninth.tsv", "venue-labels-fortieth.tsv", "venue-labels-forty-first.tsv", "venue-labels-forty-second.tsv", "venue-labels-forty-third.tsv", "venue-labels-forty-fourth.tsv", "venue-labels-forty-fifth.tsv", "venue-labels-forty-sixth.tsv", "venue-labels-forty-seventh.tsv", "venue-labels-forty-eighth.tsv", "venue-labels-forty-ninth.tsv", "venue-labels-fiftieth.tsv", "venue-labels-fifty-first.tsv", "venue-labels-fifty-second.tsv", "venue-labels-fifty-third.tsv", "venue-labels-fifty-fourth.tsv", "venue-labels-fifty-fifth.tsv", "venue-labels-fifty-sixth.tsv", "venue-labels-fifty-seventh.tsv", "venue-labels-fifty-eighth.tsv", "venue-labels-fifty-ninth.tsv", "venue-labels-sixtieth.tsv", "venue-labels-sixty-first.tsv", "venue-labels-sixty-second.tsv", "venue-labels-sixty-third.tsv", "venue-labels-sixty-fourth.tsv", "venue-labels-sixty-fifth.tsv", "venue-labels-sixty-sixth.tsv", "venue-labels-sixty-seventh.tsv", "venue-labels-sixty-eighth.tsv", "venue-labels-sixty-ninth.tsv", "venue-labels-seventieth.tsv", "venue-labels-seventy-first.tsv", "venue-labels-seventy-second.tsv", "venue-labels-seventy-third.tsv", "venue-labels-seventy-fourth.tsv", "venue-labels-seventy-fifth.tsv", "venue-labels-seventy-sixth.tsv", "venue-labels-seventy-seventh.tsv", "venue-labels-seventy-eighth.tsv", "venue-labels-seventy-ninth.tsv", "venue-labels-eightieth.tsv", "venue-labels-eighty-first.tsv", "venue-labels-eighty-second.tsv", "venue-labels-eighty-third.tsv", "venue-labels-eighty-fourth.tsv", "venue-labels-eighty-fifth.tsv", "venue-labels-eighty-sixth.tsv", "venue-labels-eighty-seventh.tsv", "venue-labels-eighty-eighth.tsv", "venue-labels-eighty-ninth.tsv", "venue-labels-ninetieth.tsv", "venue-labels-ninety-first.tsv", "venue-labels-ninety-second.tsv", "venue-labels-ninety-third.tsv");

  /** The arXiv ids of every set drawn before {@code set}. */
  static java.util.Set<String> idsOfSetsBefore(String set) throws IOException {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (String earlier : SETS.subList(0, SETS.indexOf(set))) {
      labels(earlier).forEach(l -> ids.add(l.arxivId()));
    }
    return ids;
  }

  static List<VenueEvaluation.Label> labels() throws IOException {
    return labels("venue-labels.tsv");
  }

  static List<VenueEvaluation.Label> labels(String resource) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(VenueEvaluationTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      return VenueEvaluation.read(in, resource);
    }
  }

  @Test
  void aKeyWithAnAmpersandNamesTheSeriesReadEitherWay() {
    VenueSeries ipm = resolver.registry().series().stream().filter(s -> s.acronym().equals("IPM")).findFirst().orElseThrow();
    assertThat(VenueEvaluation.names(ipm, "IP&M")).isTrue();
    assertThat(VenueEvaluation.names(ipm, "Information Processing & Management")).isTrue();
    assertThat(VenueEvaluation.names(ipm, "IP&R")).isFalse();
  }

  @Test
  void labelledSetIsAsLargeAndAsVariedAsItsReadmeSays() throws IOException {
    List<VenueEvaluation.Label> labels = labels();
    assertThat(labels.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(labels.stream().filter(l -> l.statesVenue() && l.kind().equals("journal"))).hasSizeGreaterThanOrEqualTo(50);
    assertThat(labels.stream().filter(l -> l.status().equals("workshop"))).hasSizeGreaterThanOrEqualTo(40);
    assertThat(labels).allMatch(l -> l.arxivId().matches("\\d{4}\\.\\d{4,5}"));
  }


  @Test
  void heldOutSetIsDisjointFromTheFirstAndStatesEnoughVenues() throws IOException {
    List<VenueEvaluation.Label> heldOut = labels("venue-labels-heldout.tsv");
    java.util.Set<String> firstIds = new java.util.HashSet<>(labels().stream().map(VenueEvaluation.Label::arxivId).toList());
    assertThat(heldOut).noneMatch(l -> firstIds.contains(l.arxivId()));
    assertThat(heldOut.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(300);
    assertThat(heldOut.stream().filter(VenueEvaluation.Label::statesVenue)).hasSizeGreaterThanOrEqualTo(200);
  }


  @Test
  void thirdSetIsDisjointFromBothEarlierSets() throws IOException {
    List<VenueEvaluation.Label> third = labels("venue-labels-third.tsv");
    java.util.Set<String> earlierIds = new java.util.HashSet<>(labels().stream().map(VenueEvaluation.Label::arxivId).toList());
    labels("venue-labels-heldout.tsv").forEach(l -> earlierIds.add(l.arxivId()));
    assertThat(third).noneMatch(l -> earlierIds.contains(l.arxivId()));
    assertThat(third.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(200);
  }


  @Test
  void fourthSetIsDisjointFromEveryEarlierSet() throws IOException {
    List<VenueEvaluation.Label> fourth = labels("venue-labels-fourth.tsv");
    java.util.Set<String> earlierIds = idsOfSetsBefore("venue-labels-fourth.tsv");
    assertThat(fourth).noneMatch(l -> earlierIds.contains(l.arxivId()));
    assertThat(fourth.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(200);
  }


  @Test
  void fifthSetIsDisjointFromEveryEarlierSetAndStatesAtLeastSixtyVenues() throws IOException {
    List<VenueEvaluation.Label> fifth = labels("venue-labels-fifth.tsv");
    java.util.Set<String> earlierIds = idsOfSetsBefore("venue-labels-fifth.tsv");
    assertThat(fifth).noneMatch(l -> earlierIds.contains(l.arxivId()));
    assertThat(fifth.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(80);
    assertThat(fifth.stream().filter(VenueEvaluation.Label::statesVenue).map(VenueEvaluation.Label::arxivId).distinct()).hasSizeGreaterThanOrEqualTo(60);
  }


  @Test
  void sixthSetIsDisjointFromEveryEarlierSetAndIsMostlyJournalsAndWorkshops() throws IOException {
    List<VenueEvaluation.Label> sixth = labels("venue-labels-sixth.tsv");
    java.util.Set<String> earlierIds = idsOfSetsBefore("venue-labels-sixth.tsv");
    assertThat(sixth).noneMatch(l -> earlierIds.contains(l.arxivId()));
    assertThat(sixth.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(90);
    assertThat(sixth.stream().filter(l -> l.statesVenue() && l.kind().equals("journal"))).hasSizeGreaterThanOrEqualTo(15);
    assertThat(sixth.stream().filter(l -> l.statesVenue() && l.kind().equals("workshop"))).hasSizeGreaterThanOrEqualTo(25);
  }

  @Test
  void seventhSetIsDisjointFromEveryEarlierSetAndHasEveryStatus() throws IOException {
    List<VenueEvaluation.Label> seventh = labels("venue-labels-seventh.tsv");
    java.util.Set<String> earlierIds = idsOfSetsBefore("venue-labels-seventh.tsv");
    assertThat(seventh).noneMatch(l -> earlierIds.contains(l.arxivId()));
    assertThat(seventh.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(105);
    assertThat(seventh.stream().filter(l -> l.statesVenue() && l.kind().equals("journal"))).hasSizeGreaterThanOrEqualTo(25);
    assertThat(seventh.stream().filter(l -> l.statesVenue() && l.kind().equals("workshop"))).hasSizeGreaterThanOrEqualTo(25);
    assertThat(seventh.stream().map(VenueEvaluation.Label::status).distinct()).containsExactlyInAnyOrderElementsOf(VenueEvaluation.STATUSES);
  }

  @Test
  void eighthSetIsDisjointFromEveryEarlierSet() throws IOException {
    List<VenueEvaluation.Label> eighth = labels("venue-labels-eighth.tsv");
    java.util.Set<String> earlierIds = idsOfSetsBefore("venue-labels-eighth.tsv");
    assertThat(eighth).noneMatch(l -> earlierIds.contains(l.arxivId()));
    assertThat(eighth.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(104);
    assertThat(eighth.stream().filter(l -> l.statesVenue() && l.kind().equals("workshop"))).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void ninthSetIsDisjointFromEveryEarlierSet() throws IOException {
    List<VenueEvaluation.Label> ninth = labels("venue-labels-ninth.tsv");
    java.util.Set<String> earlierIds = idsOfSetsBefore("venue-labels-ninth.tsv");
    assertThat(ninth).noneMatch(l -> earlierIds.contains(l.arxivId()));
    assertThat(ninth.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(92);
    assertThat(ninth.stream().filter(l -> l.statesVenue() && l.kind().equals("workshop"))).hasSizeGreaterThanOrEqualTo(30);
  }

  /**
   * The draws with the eighth sizes, each leaving out every earlier set: 92 comments, 86 from the
   * twenty-sixth on (the earlier draws used up the file's "to appear" comments), 77 in the
   * thirty-fourth (and its workshop comments too), 56 from the thirty-fifth on.
   */
  static Stream<Arguments> drawsOfTheEighthSizes() {
    Stream<Arguments> of92 = Stream.of("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth")
        .map(n -> Arguments.of("venue-labels-" + n + ".tsv", 92));
    return Stream.of(of92, Stream.of("twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first", "thirty-second", "thirty-third").map(n -> Arguments.of("venue-labels-" + n + ".tsv", 86)),
        Stream.of(Arguments.of("venue-labels-thirty-fourth.tsv", 77), Arguments.of("venue-labels-thirty-fifth.tsv", 56), Arguments.of("venue-labels-thirty-sixth.tsv", 56),
            Arguments.of("venue-labels-thirty-seventh.tsv", 56), Arguments.of("venue-labels-thirty-eighth.tsv", 56),
            Arguments.of("venue-labels-thirty-ninth.tsv", 56), Arguments.of("venue-labels-fortieth.tsv", 56), Arguments.of("venue-labels-forty-first.tsv", 56),
            Arguments.of("venue-labels-forty-second.tsv", 56), Arguments.of("venue-labels-forty-third.tsv", 56), Arguments.of("venue-labels-forty-fourth.tsv", 56),
            Arguments.of("venue-labels-forty-fifth.tsv", 56), Arguments.of("venue-labels-forty-sixth.tsv", 56), Arguments.of("venue-labels-forty-seventh.tsv", 56),
            Arguments.of("venue-labels-forty-eighth.tsv", 56), Arguments.of("venue-labels-forty-ninth.tsv", 56),
            // The findings stratum ran out: 3 left for the fiftieth, none from the fifty-first on.
            Arguments.of("venue-labels-fiftieth.tsv", 53)),
        SETS.subList(SETS.indexOf("venue-labels-fifty-first.tsv"), SETS.size()).stream().map(f -> Arguments.of(f, 50)))
        .flatMap(s -> s);
  }

  @ParameterizedTest
  @MethodSource("drawsOfTheEighthSizes")
  void drawIsDisjointFromEveryEarlierSet(String set, int comments) throws IOException {
    List<VenueEvaluation.Label> labels = labels(set);
    java.util.Set<String> earlierIds = idsOfSetsBefore(set);
    assertThat(labels).noneMatch(l -> earlierIds.contains(l.arxivId()));
    assertThat(labels.stream().map(l -> l.arxivId() + "\t" + l.comment()).distinct()).hasSize(comments);
  }

  /** Each labelled set with the comments right of it recorded in bench/RESULTS.md. */
  static Stream<Arguments> recordedFloors() {
    return Stream.of(
        Arguments.of("venue-labels.tsv", FLOOR_RIGHT),
        Arguments.of("venue-labels-heldout.tsv", HELD_OUT_FLOOR_RIGHT),
        Arguments.of("venue-labels-third.tsv", THIRD_FLOOR_RIGHT),
        Arguments.of("venue-labels-fourth.tsv", FOURTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifth.tsv", FIFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixth.tsv", SIXTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventh.tsv", SEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighth.tsv", EIGHTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-ninth.tsv", NINTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-tenth.tsv", TENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eleventh.tsv", ELEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-twelfth.tsv", TWELFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirteenth.tsv", THIRTEENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fourteenth.tsv", FOURTEENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifteenth.tsv", FIFTEENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixteenth.tsv", SIXTEENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventeenth.tsv", SEVENTEENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighteenth.tsv", EIGHTEENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-nineteenth.tsv", NINETEENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-twentieth.tsv", TWENTIETH_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-first.tsv", TWENTY_FIRST_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-second.tsv", TWENTY_SECOND_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-third.tsv", TWENTY_THIRD_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-fourth.tsv", TWENTY_FOURTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-fifth.tsv", TWENTY_FIFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-sixth.tsv", TWENTY_SIXTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-seventh.tsv", TWENTY_SEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-eighth.tsv", TWENTY_EIGHTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-twenty-ninth.tsv", TWENTY_NINTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirtieth.tsv", THIRTIETH_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-first.tsv", THIRTY_FIRST_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-second.tsv", THIRTY_SECOND_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-third.tsv", THIRTY_THIRD_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-fourth.tsv", THIRTY_FOURTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-fifth.tsv", THIRTY_FIFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-sixth.tsv", THIRTY_SIXTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-seventh.tsv", THIRTY_SEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-eighth.tsv", THIRTY_EIGHTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-thirty-ninth.tsv", THIRTY_NINTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fortieth.tsv", FORTIETH_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-first.tsv", FORTY_FIRST_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-second.tsv", FORTY_SECOND_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-third.tsv", FORTY_THIRD_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-fourth.tsv", FORTY_FOURTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-fifth.tsv", FORTY_FIFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-sixth.tsv", FORTY_SIXTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-seventh.tsv", FORTY_SEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-eighth.tsv", FORTY_EIGHTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-forty-ninth.tsv", FORTY_NINTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fiftieth.tsv", FIFTIETH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-first.tsv", FIFTY_FIRST_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-second.tsv", FIFTY_SECOND_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-third.tsv", FIFTY_THIRD_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-fourth.tsv", FIFTY_FOURTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-fifth.tsv", FIFTY_FIFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-sixth.tsv", FIFTY_SIXTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-seventh.tsv", FIFTY_SEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-eighth.tsv", FIFTY_EIGHTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-fifty-ninth.tsv", FIFTY_NINTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixtieth.tsv", SIXTIETH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-first.tsv", SIXTY_FIRST_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-second.tsv", SIXTY_SECOND_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-third.tsv", SIXTY_THIRD_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-fourth.tsv", SIXTY_FOURTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-fifth.tsv", SIXTY_FIFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-sixth.tsv", SIXTY_SIXTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-seventh.tsv", SIXTY_SEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-eighth.tsv", SIXTY_EIGHTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-sixty-ninth.tsv", SIXTY_NINTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventieth.tsv", SEVENTIETH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-first.tsv", SEVENTY_FIRST_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-second.tsv", SEVENTY_SECOND_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-third.tsv", SEVENTY_THIRD_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-fourth.tsv", SEVENTY_FOURTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-fifth.tsv", SEVENTY_FIFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-sixth.tsv", SEVENTY_SIXTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-seventh.tsv", SEVENTY_SEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-eighth.tsv", SEVENTY_EIGHTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-seventy-ninth.tsv", SEVENTY_NINTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eightieth.tsv", EIGHTIETH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-first.tsv", EIGHTY_FIRST_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-second.tsv", EIGHTY_SECOND_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-third.tsv", EIGHTY_THIRD_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-fourth.tsv", EIGHTY_FOURTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-fifth.tsv", EIGHTY_FIFTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-sixth.tsv", EIGHTY_SIXTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-seventh.tsv", EIGHTY_SEVENTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-eighth.tsv", EIGHTY_EIGHTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-eighty-ninth.tsv", EIGHTY_NINTH_FLOOR_RIGHT),
        Arguments.of("venue-labels-ninetieth.tsv", NINETIETH_FLOOR_RIGHT),
        Arguments.of("venue-labels-ninety-first.tsv", NINETY_FIRST_FLOOR_RIGHT),
        Arguments.of("venue-labels-ninety-second.tsv", NINETY_SECOND_FLOOR_RIGHT),
        Arguments.of("venue-labels-ninety-third.tsv", NINETY_THIRD_FLOOR_RIGHT));
  }

  @ParameterizedTest
  @MethodSource("recordedFloors")
  void resolverStaysAtOrAboveTheRecordedAccuracy(String set, int floorRight) throws IOException {
    VenueEvaluation.Report report = VenueEvaluation.evaluate(resolver, labels(set));
    assertThat(report.overall().right()).as(report.format()).isGreaterThanOrEqualTo(floorRight);
    assertThat(report.venueFromSubmissions().right()).as("venues claimed from submissions").isZero();
  }

  private static VenueEvaluation.Report score(String tsv) throws IOException {
    return VenueEvaluation.evaluate(resolver, VenueEvaluation.read(new BufferedReader(new StringReader(tsv)), "test"));
  }

  @Test
  void anAmpersandInAKeyIsAnd() throws IOException {
    assertThat(score("1\ts\taccepted\tjournal\tInformation Processing & Management\t-\t-\tAccepted in Information Processing and Management\n").overall().right()).isEqualTo(1);
  }

  @Test
  void rightNeedsSeriesYearAndStatus() throws IOException {
    assertThat(score("1\ts\taccepted\tconference\tNeurIPS\t2022\t-\tAccepted at NeurIPS 2022\n").overall().right()).isEqualTo(1);
    // The series key may be any way the series is written, in any case.
    assertThat(score("1\ts\taccepted\tconference\tnips\t2022\t-\tAccepted at NeurIPS 2022\n").overall().right()).isEqualTo(1);
    assertThat(score("1\ts\taccepted\tconference\tNeurIPS\t2023\t-\tAccepted at NeurIPS 2022\n").overall().right()).isZero();
    assertThat(score("1\ts\tpublished\tconference\tNeurIPS\t2022\t-\tAccepted at NeurIPS 2022\n").overall().right()).isZero();
    assertThat(score("1\ts\taccepted\tconference\tICML\t2022\t-\tAccepted at NeurIPS 2022\n").overall().right()).isZero();
  }

  @Test
  void precisionCountsTheClaimsAndCoverageTheStatements() throws IOException {
    VenueEvaluation.Report r =
        score(
            "1\ts\taccepted\tconference\tNeurIPS\t2022\t-\tAccepted at NeurIPS 2022\n"
                // A wrong year: a claim that is wrong and a statement not covered.
                + "2\ts\taccepted\tconference\tICML\t2024\t-\tAccepted at ICML 2025\n"
                // Nothing claimed: no claim to be wrong, one statement not covered.
                + "3\ts\taccepted\tconference\tZZQC\t-\t-\tAccepted at the 3rd zeta quiz\n"
                // A submission claim is neither a claim that the paper is at a venue nor a statement of one.
                + "4\ts\tsubmitted\tconference\tICLR\t2026\t-\tSubmitted to ICLR 2026\n");
    assertThat(r.precision()).isEqualTo(new VenueEvaluation.Score(1, 2));
    assertThat(r.coverage()).isEqualTo(new VenueEvaluation.Score(1, 3));
  }

  @Test
  void aWorkshopTheTextNamesOnlyInFullIsMatchedByThatName() throws IOException {
    // No acronym and no host: right when nothing is claimed, or a provisional workshop of the name the text gives.
    String label = "1\tw\tworkshop\tworkshop\t-\t2025\t-\t";
    assertThat(score(label + "Published in the First Workshop of Evaluation of Multi-Modal Generation 2025\n").overall().right()).isEqualTo(1);
    assertThat(score(label + "Presented at a workshop on generation in 2025\n").overall().right()).isEqualTo(1);
    // Another year, or a registry venue, is still wrong.
    assertThat(score("1\tw\tworkshop\tworkshop\t-\t2024\t-\tPublished in the First Workshop of Evaluation of Multi-Modal Generation 2025\n").overall().right()).isZero();
    assertThat(score(label + "Published in the Workshop on Foundation Models 2025 at NeurIPS 2025\n").overall().right()).isZero();
  }

  @Test
  void aWorkshopIsMatchedByItsHost() throws IOException {
    VenueEvaluation.Report r = score("1\tw\tworkshop\tworkshop\t-\t2025\tICLR 2025\tAccepted to ICLR 2025 Generative Models for Robot Learning Workshop\n");
    assertThat(r.overall().right()).isEqualTo(1);
    assertThat(r.byKind().get("workshop").right()).isEqualTo(1);
  }

  @Test
  void provisionalCountsTheVenuesNoRegistryListsAndNoneTheCommentsWithoutAVenue() throws IOException {
    VenueEvaluation.Report r =
        score(
            "1\ts\taccepted\tconference\tNeurIPS\t2022\t-\tAccepted at NeurIPS 2022\n"
                + "2\ts\taccepted\tconference\tZZQC\t2025\t-\tAccepted at the Zeta Zone Quiz Conference (ZZQC) 2025\n"
                + "3\ts\tunder-review\tconference\tICLR\t2026\t-\tUnder review at ICLR 2026\n"
                + "4\ts\tnone\tnone\t-\t-\t-\t12 pages\n");
    assertThat(r.byKind().get("provisional")).isEqualTo(new VenueEvaluation.Score(1, 1));
    assertThat(r.byKind().get("none")).isEqualTo(new VenueEvaluation.Score(2, 2));
    assertThat(r.byKind().get("conference")).isEqualTo(new VenueEvaluation.Score(2, 2));
    // A venue claimed where the labels name none is wrong for "none".
    assertThat(score("5\ts\tnone\tnone\t-\t-\t-\tAccepted at ICML 2025\n").byKind().get("none").right()).isZero();
  }

  @Test
  void aVenueClaimedFromASubmissionIsWrongAndCountedApart() throws IOException {
    VenueEvaluation.Report fine = score("1\ts\tunder-review\tconference\tICLR\t2026\t-\tUnder review at ICLR 2026\n");
    assertThat(fine.overall().right()).isEqualTo(1);
    assertThat(fine.venueFromSubmissions().right()).isZero();
    // Labelled as a submission, the resolver's acceptance claim is a venue from a submission.
    VenueEvaluation.Report wrong = score("1\ts\tsubmitted\tconference\tICLR\t2026\t-\tAccepted at ICLR 2026\n");
    assertThat(wrong.overall().right()).isZero();
    assertThat(wrong.venueFromSubmissions().right()).isEqualTo(1);
    assertThat(wrong.format()).contains("misses (1)", "expected: submitted ICLR 2026 | got: accepted ICLR 2026");
  }

  @Test
  void malformedRowsSayWhereAndWhat() {
    assertThatThrownBy(() -> score("# header\n1\ts\taccepted\tconference\tX\t2025\n"))
        .hasMessageContaining("test line 2")
        .hasMessageContaining("expected 8 tab-separated fields");
    assertThatThrownBy(() -> score("1\ts\tacepted\tconference\tX\t2025\t-\tc\n")).hasMessageContaining("unknown status 'acepted'");
    assertThatThrownBy(() -> score("1\ts\taccepted\tproceedings\tX\t2025\t-\tc\n")).hasMessageContaining("unknown kind 'proceedings'");
    assertThatThrownBy(() -> score("1\ts\tworkshop\tworkshop\t-\t2025\tCVPR\tc\n")).hasMessageContaining("host 'CVPR' must be");
    assertThatThrownBy(() -> score("1\ts\taccepted\tconference\tX\t25\t-\tc\n")).hasMessageContaining("year '25'");
    assertThatThrownBy(() -> score("1\ts\tpublished\tnone\t-\t-\t-\tPublished in IEEE\n")).hasMessageContaining("kind is 'none'");
  }
}
