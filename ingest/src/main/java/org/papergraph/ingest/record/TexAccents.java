package org.papergraph.ingest.record;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TeX accent commands of arXiv's metadata into the letters they stand for: {@code
 * B\'ezier} is Bézier, {@code {\"o}} is ö, {@code Toma\v{s}ev} is Tomašev, {@code Bj{\o}ntegaard}
 * is Bjøntegaard. arXiv keeps titles, abstracts, comments and author names as their authors typed
 * them in TeX, and a reader, a search box or a venue name ("Fr\'echet", "Ume{\aa}") expects the
 * letters.
 *
 * <p>Only the unambiguous forms are read, so nothing else in the text changes: an accent on one
 * letter (braced or not), a letter accent such as {@code \c} or {@code \v} on one braced letter,
 * and the named letters ({@code \o}, {@code \aa}, {@code \ss}, ...) when no letter follows them.
 * Broken commands stay as they are ({@code \r{ho}} is a lost {@code \rho}, not an accent; an
 * accent Unicode has no letter for, as in {@code SoBigData\.it}, is not read either), and an
 * escaped apostrophe before a possessive s ({@code MLLM\'s}) becomes the apostrophe it is.
 */
public final class TexAccents {
  private static final Map<Character, Character> MARKS =
      Map.ofEntries(
          Map.entry('\'', '\u0301'),
          Map.entry('`', '\u0300'),
          Map.entry('^', '\u0302'),
          Map.entry('"', '\u0308'),
          Map.entry('~', '\u0303'),
          Map.entry('=', '\u0304'),
          Map.entry('.', '\u0307'),
          Map.entry('c', '\u0327'),
          Map.entry('v', '\u030C'),
          Map.entry('u', '\u0306'),
          Map.entry('H', '\u030B'),
          Map.entry('k', '\u0328'),
          Map.entry('r', '\u030A'));

  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("ss", "ß"),
          Map.entry("o", "ø"),
          Map.entry("O", "Ø"),
          Map.entry("aa", "å"),
          Map.entry("AA", "Å"),
          Map.entry("ae", "æ"),
          Map.entry("AE", "Æ"),
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"));

  /** The base of an accent: one ASCII letter, or a dotless i or j. */
  private static final String BASE = "(?:[A-Za-z]|\\\\[ij](?![A-Za-z]))";

  /**
   * {@code {\'e}}, {@code {\'{e}}}, {@code \'{e}}, {@code \'e}, and the letter accents {@code
   * \c{c}}, {@code {\c c}}, {@code {\c{c}}}. A symbol accent without braces takes the next letter
   * only; a letter accent needs braces or a space, or it would read {@code \copyright}.
   */
  private static final Pattern ACCENT =
      Pattern.compile(
          "\\{\\\\([`'^\"~=.])\\s*(?:\\{(" + BASE + ")\\}|(" + BASE + "))\\}"
              + "|\\\\([`'^\"~=.])(?:\\{(" + BASE + ")\\}|(" + BASE + "))"
              + "|\\{\\\\([cvuHkr])(?:\\{(" + BASE + ")\\}|\\s+(" + BASE + "))\\}"
              + "|\\\\([cvuHkr])\\{(" + BASE + ")\\}");

  /** {@code {\o}}, {@code \o{}}, and {@code \o} when no letter follows. */
  private static final Pattern NAMED_LETTER = Pattern.compile("\\{\\\\(ss|aa|AA|ae|AE|oe|OE|[oOlLij])\\}|\\\\(ss|aa|AA|ae|AE|oe|OE|[oOlL])(?:\\{\\}|(?![A-Za-z]))");

  /** {@code MLLM\'s}: a possessive whose apostrophe was escaped, not an accented s. */
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=[\\p{L}\\p{N}])\\\\'s(?![A-Za-z])");

  private TexAccents() {}

  /** The text with its accent commands replaced by letters; text without a backslash is returned as is. */
  public static String decode(String text) {
    if (text == null || text.indexOf('\\') < 0) {
      return text;
    }
    String s = POSSESSIVE.matcher(text).replaceAll("'s");
    Matcher m = ACCENT.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      char accent = 0;
      String base = null;
      for (int g = 1; g <= m.groupCount(); g++) {
        String v = m.group(g);
        if (v == null) {
          continue;
        }
        if (accent == 0) {
          accent = v.charAt(0);
        } else {
          base = v;
        }
      }
      // An accent sits on a dotless i or j in TeX so the dot gives way; in Unicode í is i with an acute.
      String letter = base.startsWith("\\") ? base.substring(1) : base;
      String accented = Normalizer.normalize(letter + MARKS.get(accent), Normalizer.Form.NFC);
      // A letter no language writes with that accent is an escape that only looks like one:
      // "SoBigData\.it" is a dot kept from TeX, not a dotted i.
      m.appendReplacement(out, Matcher.quoteReplacement(accented.length() == 1 ? accented : m.group()));
    }
    m.appendTail(out);
    Matcher n = NAMED_LETTER.matcher(out);
    StringBuilder done = new StringBuilder(out.length());
    while (n.find()) {
      String name = n.group(1) != null ? n.group(1) : n.group(2);
      n.appendReplacement(done, Matcher.quoteReplacement(NAMED.get(name)));
    }
    n.appendTail(done);
    return done.toString();
  }
}
