package org.papergraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.papergraph.api.config.WriteAccessProperties;
import org.papergraph.api.web.ForbiddenException;
import org.papergraph.api.web.UnauthorizedException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Decides whether a request may write: a bearer token or an API key from the configuration is
 * needed; with none configured, or in read-only mode, no request may.
 */
@Component
public class WriteAccess {
  /** The header that carries an API key. */
  public static final String API_KEY_HEADER = "X-API-Key";

  private static final String BEARER = "Bearer ";

  private final WriteAccessProperties props;

  WriteAccess(WriteAccessProperties props) {
    this.props = props;
  }

  /** Returns when {@code request} may write; throws 403 or 401 otherwise. */
  public void check(HttpServletRequest request) {
    if (props.readOnly()) {
      throw new ForbiddenException("this service is read-only; writes are refused");
    }
    if (!props.writesEnabled()) {
      throw new ForbiddenException("writes are off: no bearer token or API key is configured (papergraph.security.bearer-tokens, papergraph.security.api-keys)");
    }
    String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (auth != null && auth.regionMatches(true, 0, BEARER, 0, BEARER.length()) && matchesAny(auth.substring(BEARER.length()).strip(), props.bearerTokens())) {
      return;
    }
    String key = request.getHeader(API_KEY_HEADER);
    if (key != null && matchesAny(key.strip(), props.apiKeys())) {
      return;
    }
    throw new UnauthorizedException(
        auth == null && key == null
            ? "writing needs a bearer token (Authorization: Bearer ...) or an API key (" + API_KEY_HEADER + ")"
            : "the bearer token or API key is not valid");
  }

  // Constant-time comparison, so that response times do not reveal how much of a token matched.
  private static boolean matchesAny(String given, List<String> accepted) {
    byte[] g = given.getBytes(StandardCharsets.UTF_8);
    boolean match = false;
    for (String a : accepted) {
      match |= !a.isEmpty() && MessageDigest.isEqual(g, a.getBytes(StandardCharsets.UTF_8));
    }
    return match;
  }
}
