package org.papergraph.ingest.extract.topic;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns labels and text into comparable word keys: accents folded, lower case, split on anything
 * that is not a letter or digit, and each word folded by a light stemmer so that plurals and the
 * common inflections meet ({@code networks}, {@code network}; {@code tracking}, {@code track}).
 *
 * <p>Labels and text go through the same folding, so a fold only needs to be consistent, not a
 * dictionary word. The stemmer is deliberately small: it folds what labels and abstracts differ
 * in most (number, {@code -ing}, {@code -ed}) and leaves short words alone.
 */
final class WordKeys {
  private WordKeys() {}

  /** The folded words of a label, joined with one space: the key it is looked up by. */
  static String key(String label) {
    return String.join(" ", words(label));
  }

  /** The folded words of a piece of text that holds no sentence or clause boundary. */
  static List<String> words(String text) {
    return folded(rawWords(text));
  }

  /** The folded words of words as {@link #rawWords} gives them: lower case, stemmed. */
  static List<String> folded(List<String> rawWords) {
    List<String> out = new ArrayList<>(rawWords.size());
    for (String w : rawWords) {
      out.add(stem(w.toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** The words of a segment as written, case kept (for acronyms), accents and ligatures folded. */
  static List<String> rawWords(String text) {
    text = foldAccents(text);
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i));
      }
    }
    return out;
  }

  /**
   * For each word of {@link #rawWords}, whether a hyphen joins it to the next word
   * ("sequence-to-sequence": true for the first "sequence" and "to").
   */
  static List<Boolean> hyphenatedToNext(String text) {
    text = foldAccents(text);
    List<Boolean> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(i + 1 < n && text.charAt(i) == '-' && Character.isLetterOrDigit(text.charAt(i + 1)));
      }
    }
    return out;
  }

  private static boolean isAscii(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * "Naïve" as "Naive", "ﬁnite" as "finite": labels and abstracts spell names with and without
   * accents. Compatibility decomposition splits letters from their marks and ligatures into
   * letters; the marks (not letters, so they would split words) are dropped.
   */
  static String foldAccents(String text) {
    if (isAscii(text)) {
      return text;
    }
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
  }

  /**
   * Splits text at sentence and clause punctuation, so that no n-gram spans two clauses ("... of
   * the network. Learning ..." is not "network learning").
   */
  static List<String> segments(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBoundary(text, i, c)) {
        flush(sb, out);
      } else {
        sb.append(c);
      }
    }
    flush(sb, out);
    return out;
  }

  private static boolean isBoundary(String text, int i, char c) {
    return switch (c) {
      case ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '"', '\u201c', '\u201d', '$', '|' -> true;
      // A full stop between two digits or letters belongs to a number or name (2.5, e.g).
      case '.' -> !(i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1)));
      default -> false;
    };
  }

  private static void flush(StringBuilder sb, List<String> out) {
    if (!sb.toString().isBlank()) {
      out.add(sb.toString());
    }
    sb.setLength(0);
  }

  /** Folds one lower-case word. */
  static String stem(String w) {
    if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    String s = american(plural(w));
    if (KEPT_AS_WRITTEN.contains(s)) {
      return s;
    }
    if (s.endsWith("ing") && s.length() - 3 >= 4) {
      s = restoreE(s.substring(0, s.length() - 3));
    } else if (s.endsWith("ed") && !s.endsWith("eed") && s.length() - 2 >= 4) {
      s = restoreE(s.substring(0, s.length() - 2));
    }
    // Drop a final e so that "generate", "generated" and "generating" meet. A one-syllable word
    // keeps it ("spine" is not "spin", "plane" not "plan"), and its -ed and -ing forms get it back.
    if (s.endsWith("e") && !s.endsWith("ee") && s.length() > 4 && !isShortSyllable(s, s.length() - 1)) {
      s = s.substring(0, s.length() - 1);
    }
    // One l of a final double l: "modelling" and "labelled" (British) meet "modeling" and
    // "labeled", and "controlled" meets "control". Every word ending so is folded, "install" as
    // "installed", so that they still meet each other.
    if (s.endsWith("ll") && s.length() >= 5) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** "writ" of "writing", "scal" of "scaled": the e their base form ends in, put back. */
  private static String restoreE(String stem) {
    return isShortSyllable(stem, stem.length()) ? stem + "e" : stem;
  }

  /**
   * Whether the first {@code n} letters of {@code w} are one syllable ending consonant, vowel,
   * consonant ("spin", "writ", "scal"), the stems that lose the e of their base form before -ed
   * and -ing. One syllable is Porter's measure 1: a single vowel-consonant sequence after the
   * leading consonants.
   */
  private static boolean isShortSyllable(String w, int n) {
    if (n < 3 || !isConsonant(w, n - 1) || isConsonant(w, n - 2) || !isConsonant(w, n - 3)) {
      return false;
    }
    char last = w.charAt(n - 1);
    if (last == 'w' || last == 'x' || last == 'y') {
      return false;
    }
    int i = 0;
    while (i < n && isConsonant(w, i)) {
      i++;
    }
    while (i < n && !isConsonant(w, i)) {
      i++;
    }
    while (i < n && isConsonant(w, i)) {
      i++;
    }
    return i == n;
  }

  /** A consonant in Porter's sense: not a, e, i, o or u, and a y only at the start or after a vowel. */
  private static boolean isConsonant(String w, int i) {
    return switch (w.charAt(i)) {
      case 'a', 'e', 'i', 'o', 'u' -> false;
      case 'y' -> i == 0 || !isConsonant(w, i - 1);
      default -> true;
    };
  }

  /**
   * British spellings as American ones, which most labels use: "colour", "behaviour", "centre",
   * "dialogue", "optimisation", "analysed". Labels and text are both folded, so only two words
   * that mean different things and meet here could do harm ("prise" and "prize"); none is a label.
   */
  static String american(String w) {
    for (Map.Entry<String, String> root : BRITISH_ROOTS_BY_START.getOrDefault(w.substring(0, Math.min(4, w.length())), List.of())) {
      if (w.startsWith(root.getKey())) {
        return root.getValue() + w.substring(root.getKey().length());
      }
    }
    if (w.endsWith("ogue")) {
      return w.substring(0, w.length() - 2); // dialogue, catalogue, analogue
    }
    // "optimisation", "normalised", "tokeniser", "analysing": -ise and -yse as -ize and -yze, where
    // three letters or more come before the i or y. Compared by hand, not by a pattern: every word
    // of every abstract comes through here.
    for (String suffix : BRITISH_SUFFIXES) {
      int s = w.length() - suffix.length() - 1;
      if (w.endsWith(suffix) && s >= 4 && w.charAt(s) == 's' && (w.charAt(s - 1) == 'i' || w.charAt(s - 1) == 'y')) {
        return w.substring(0, s) + "z" + w.substring(s + 1);
      }
    }
    return w;
  }

  /** What follows the s that is American z after an i or a y: "isation", "ised", "yse", "iser". */
  private static final List<String> BRITISH_SUFFIXES = List.of("ation", "ations", "e", "ed", "ing", "er", "ers");

  /** British word beginnings whose American spelling differs in more than -ise or -ogue. */
  private static final Map<String, String> BRITISH_ROOTS =
      Map.ofEntries(
          Map.entry("colour", "color"), Map.entry("behaviour", "behavior"), Map.entry("neighbour", "neighbor"), Map.entry("favour", "favor"),
          Map.entry("labour", "labor"), Map.entry("humour", "humor"), Map.entry("harbour", "harbor"), Map.entry("rumour", "rumor"),
          Map.entry("tumour", "tumor"), Map.entry("vapour", "vapor"), Map.entry("flavour", "flavor"), Map.entry("honour", "honor"),
          Map.entry("odour", "odor"), Map.entry("armour", "armor"), Map.entry("endeavour", "endeavor"), Map.entry("centre", "center"),
          Map.entry("fibre", "fiber"), Map.entry("metre", "meter"), Map.entry("litre", "liter"), Map.entry("theatre", "theater"),
          Map.entry("manoeuvr", "maneuver"), Map.entry("defence", "defense"), Map.entry("offence", "offense"), Map.entry("licence", "license"),
          Map.entry("programme", "program"), Map.entry("artefact", "artifact"), Map.entry("judgement", "judgment"), Map.entry("ageing", "aging"),
          Map.entry("grey", "gray"), Map.entry("oesophag", "esophag"), Map.entry("haemorrh", "hemorrh"), Map.entry("anaesthe", "anesthe"),
          Map.entry("paediatric", "pediatric"), Map.entry("oedema", "edema"));

  /** {@link #BRITISH_ROOTS} by their first four letters, so that a word looks up only the roots it may begin with. */
  private static final Map<String, List<Map.Entry<String, String>>> BRITISH_ROOTS_BY_START =
      BRITISH_ROOTS.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().substring(0, 4)));

  /**
   * Words that are no form of what folding them would leave, kept as written (after plural and
   * spelling):
   *
   * <ul>
   *   <li>a noun in -ing: "meaning shifts" is no mean shift, "the meaning of" no arithmetic mean;
   *   <li>participles that mostly introduce a name: "a system called LightMem" is no system call,
   *       "a function called SkinCells" no function calling, "a model termed Frequency-Aware CLIP"
   *       no term frequency. They are kept wherever they stand, so "functions called by an agent"
   *       no longer meets function calling either: over the 35,020 abstracts every match through
   *       "called" or "termed" was a name (11), none a call;
   *   <li>the verb of a role: "LLMs serve as evaluators" is no LLM serving (all 11 of the file's
   *       matches through "serve" or "serves"); "serving" still meets "served".
   * </ul>
   */
  private static final Set<String> KEPT_AS_WRITTEN = Set.of("meaning", "called", "termed", "serve");

  private static String plural(String w) {
    if (w.equals("news")) {
      return w; // not the plural of "new": "a new generator" is no news generation
    }
    if (w.endsWith("ies") && w.length() > 4) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
