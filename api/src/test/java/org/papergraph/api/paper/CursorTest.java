package org.papergraph.api.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.papergraph.api.web.BadRequestException;

class CursorTest {

  @Test
  void roundTripsEveryField() {
    Cursor c = new Cursor("relevance", 2.7182817f, LocalDate.of(2022, 11, 15), "hep-th/9901001");
    assertThat(Cursor.decode(c.encode(), "relevance")).isEqualTo(c);
  }

  @Test
  void isOpaqueUrlSafeText() {
    String token = new Cursor("date", 0, LocalDate.of(2025, 1, 2), "2501.00001").encode();
    assertThat(token).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void aCursorOfAnotherSortIsRefusedSayingWhich() {
    String token = new Cursor("date", 0, LocalDate.of(2025, 1, 2), "2501.00001").encode();
    assertThatThrownBy(() -> Cursor.decode(token, "date:asc"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("sort=date ")
        .hasMessageContaining("sort=date:asc");
  }

  @Test
  void garbageIsABadRequestNotAnError() {
    for (String token : new String[] {"%%%garbage", "not base64!", "", "djE", raw("v2|date|0|2025-01-02"),
        raw("v1|date|0|2025-01-02|x"), raw("v2|date|x|2025-01-02|x"), raw("v2|date|0|2025-13-45|x"),
        raw("v2|date|0|2025-01-02|"), raw("v2|date|NaN|2025-01-02|x"), raw("v2|date|Infinity|2025-01-02|x")}) {
      assertThatThrownBy(() -> Cursor.decode(token, "date"))
          .as("token '%s'", token)
          .isInstanceOf(BadRequestException.class)
          .hasMessageContaining("is not a cursor this API issued");
    }
  }

  private static String raw(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
