package org.papergraph.ingest.record;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Validation and splitting of arXiv identifiers, new style and old style. */
public final class ArxivIds {
  // New style: YYMM.NNNN (2007-2014) or YYMM.NNNNN (2015 on), month 01-12.
  private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2}(?:0[1-9]|1[0-2])\\.\\d{4,5})(v\\d+)?");
  // Old style: archive(.SUBJECT-CLASS)/YYMMNNN, e.g. hep-th/9901001, math.GT/0309136.
  private static final Pattern OLD_STYLE =
      Pattern.compile("([a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{2}(?:0[1-9]|1[0-2])\\d{3})(v\\d+)?");

  private ArxivIds() {}

  /**
   * Splits an identifier into id and version.
   *
   * @return {id, version-or-null}, or null when the text is not an arXiv identifier
   */
  public static String[] parse(String text) {
    String t = text.strip();
    if (t.regionMatches(true, 0, "arXiv:", 0, 6)) {
      t = t.substring(6);
    }
    for (Pattern p : new Pattern[] {NEW_STYLE, OLD_STYLE}) {
      Matcher m = p.matcher(t);
      if (m.matches()) {
        return new String[] {m.group(1), m.group(2)};
      }
    }
    return null;
  }

  public static boolean isValid(String text) {
    return parse(text) != null;
  }
}
