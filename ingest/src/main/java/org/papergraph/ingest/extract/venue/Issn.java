package org.papergraph.ingest.extract.venue;

import java.util.regex.Pattern;

/** International Standard Serial Numbers: {@code NNNN-NNNC}, C a check digit (0 to 9, or X for 10). */
public final class Issn {
  private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{3}[\\dX]");

  private Issn() {}

  /** True when {@code text} is an ISSN in its usual form and its check digit is right. */
  public static boolean valid(String text) {
    if (text == null || !FORM.matcher(text).matches()) {
      return false;
    }
    String digits = text.replace("-", "");
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (digits.charAt(i) - '0') * (8 - i);
    }
    int check = (11 - sum % 11) % 11;
    char last = digits.charAt(7);
    return last == (check == 10 ? 'X' : (char) ('0' + check));
  }
}
