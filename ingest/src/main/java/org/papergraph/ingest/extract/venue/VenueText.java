package org.papergraph.ingest.extract.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways venue text is cut into words, shared by the registry (for its keys) and the
 * resolver (for comments), so that both sides always agree.
 */
final class VenueText {
  /** A word and where it stands in the text. */
  record Token(String text, int start, int end) {}

  /** Acronym words keep inner {@code - & +} (ASP-DAC, S&P, CODES+ISSS) and their case. */
  private static final Pattern ACRONYM_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-&+][\\p{L}\\p{N}]+)*");

  private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * Words that full names carry or drop at will ("the IEEE International Conference on ...");
   * ignored on both sides so that the name still matches.
   */
  private static final Set<String> NAME_NOISE = Set.of("the", "and", "ieee", "acm", "cvf", "international", "annual");

  private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");

  private VenueText() {}

  static List<Token> acronymTokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = ACRONYM_WORD.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  /** Lower-case name words without the noise words and ordinals. */
  static List<Token> nameTokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = NAME_WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!NAME_NOISE.contains(w) && !ORDINAL.matcher(w).matches()) {
        out.add(new Token(w, m.start(), m.end()));
      }
    }
    return out;
  }

  /** The key an acronym is indexed under: its words, case kept, joined by one space. */
  static String acronymKey(String acronym) {
    return String.join(" ", acronymTokens(acronym).stream().map(Token::text).toList());
  }

  /** Upper-case letters and digits only: ACMMM, ASPDAC, NEURIPS. */
  static String compact(String s) {
    return s.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
  }

  /** A full name as the words that matching compares. */
  static String nameKey(String name) {
    return String.join(" ", nameTokens(name).stream().map(Token::text).toList());
  }
}
