package org.papergraph.api.paper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.papergraph.api.web.BadRequestException;

/**
 * The position after the last paper of a page: the sort it belongs to and that paper's sort key
 * (relevance score, date, arXiv id). The next page starts strictly after the key, so papers
 * added or removed meanwhile never shift a page (keyset paging, no offset to skip).
 *
 * <p>On the wire it is opaque: base64url of {@code v2|sort|score|date|id}.
 */
record Cursor(String sort, float score, LocalDate created, String id) {
  // v2: the score is the text search's, a float; a v1 cursor's count of words means nothing now.
  private static final String VERSION = "v2";

  String encode() {
    String raw = String.join("|", VERSION, sort, Float.toString(score), created.toString(), id);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static Cursor decode(String token, String expectedSort) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(token);
    }
    String[] f = raw.split("\\|", -1);
    if (f.length != 5 || !f[0].equals(VERSION) || f[4].isEmpty()) {
      throw invalid(token);
    }
    Cursor c;
    try {
      c = new Cursor(f[1], Float.parseFloat(f[2]), LocalDate.parse(f[3]), f[4]);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw invalid(token);
    }
    if (!Float.isFinite(c.score())) {
      throw invalid(token);
    }
    if (!c.sort().equals(expectedSort)) {
      throw new BadRequestException("cursor: it belongs to sort=" + c.sort() + " but this request has sort=" + expectedSort
          + "; start again without a cursor");
    }
    return c;
  }

  private static BadRequestException invalid(String token) {
    return new BadRequestException("cursor: '" + token + "' is not a cursor this API issued; use the nextCursor of a previous page");
  }
}
