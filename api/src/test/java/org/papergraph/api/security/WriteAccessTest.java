package org.papergraph.api.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.api.config.WriteAccessProperties;
import org.papergraph.api.web.ForbiddenException;
import org.papergraph.api.web.UnauthorizedException;
import org.springframework.mock.web.MockHttpServletRequest;

class WriteAccessTest {
  private static MockHttpServletRequest request(String header, String value) {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/sparql");
    if (header != null) {
      r.addHeader(header, value);
    }
    return r;
  }

  @Test
  void withNothingConfiguredWritesAreOff() {
    WriteAccess access = new WriteAccess(new WriteAccessProperties(List.of(), List.of(""), false));
    assertThatThrownBy(() -> access.check(request("Authorization", "Bearer anything"))).isInstanceOf(ForbiddenException.class).hasMessageContaining("writes are off");
  }

  @Test
  void readOnlyRefusesEvenAValidToken() {
    WriteAccess access = new WriteAccess(new WriteAccessProperties(List.of("t"), List.of(), true));
    assertThatThrownBy(() -> access.check(request("Authorization", "Bearer t"))).isInstanceOf(ForbiddenException.class).hasMessageContaining("read-only");
  }

  @Test
  void acceptsConfiguredTokenOrKeyOnly() {
    WriteAccess access = new WriteAccess(new WriteAccessProperties(List.of("token-1"), List.of("key-1"), false));
    assertThatCode(() -> access.check(request("Authorization", "Bearer token-1"))).doesNotThrowAnyException();
    assertThatCode(() -> access.check(request("authorization", "bearer token-1"))).doesNotThrowAnyException();
    assertThatCode(() -> access.check(request(WriteAccess.API_KEY_HEADER, "key-1"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> access.check(request(null, null))).isInstanceOf(UnauthorizedException.class).hasMessageContaining("needs a bearer token");
    assertThatThrownBy(() -> access.check(request("Authorization", "Bearer token-2"))).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> access.check(request("Authorization", "Basic dG9rZW4tMQ=="))).isInstanceOf(UnauthorizedException.class);
    assertThatThrownBy(() -> access.check(request(WriteAccess.API_KEY_HEADER, "token-1"))).isInstanceOf(UnauthorizedException.class);
  }
}
