package org.papergraph.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.stereotype.Component;

/**
 * The check every write endpoint makes first: the request must carry
 * {@code Authorization: Bearer <papergraph.security.write-token>}. With no token configured,
 * writes are off altogether.
 */
@Component
public class WriteAuthorization {
  private static final String BEARER = "Bearer ";

  private final byte[] token;

  WriteAuthorization(SecurityProperties props) {
    String t = props.writeToken();
    this.token = t == null || t.isBlank() ? null : t.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Passes when the header carries the write token.
   *
   * @param authorization the request's Authorization header, or null
   * @throws WritesDisabledException when no write token is configured (403)
   * @throws UnauthorizedException when the token is missing or wrong (401)
   */
  public void check(String authorization) {
    if (token == null) {
      throw new WritesDisabledException();
    }
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      throw new UnauthorizedException("this write needs an 'Authorization: Bearer <token>' header");
    }
    byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    // Constant-time comparison: the time taken says nothing about how much of the token matched.
    if (!MessageDigest.isEqual(given, token)) {
      throw new UnauthorizedException("the bearer token is not the write token");
    }
  }

  /** No write token is configured, so writes are off. */
  public static class WritesDisabledException extends RuntimeException {
    WritesDisabledException() {
      super("writes are off: this server has no write token (set papergraph.security.write-token to allow them)");
    }
  }

  /** The request did not carry the write token. */
  public static class UnauthorizedException extends RuntimeException {
    UnauthorizedException(String message) {
      super(message);
    }
  }
}
