package org.papergraph.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthChallenge;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;

/**
 * The HTTP client of one remote store: it logs in where the server asks, and on Virtuoso it
 * turns Virtuoso's departures from the protocol back into the protocol.
 *
 * <p>Login: a 401 with a Basic or Digest challenge (Virtuoso's {@code /sparql-auth} asks for
 * Digest, which the JDK's client does not know) is answered with this store's user and password,
 * and the request sent again; a later request to the same path offers the last Digest nonce at
 * once, so that a large update is not sent twice. The login belongs to this client, not to the
 * process, so two stores on the same server may log in as different users.
 *
 * <p>Virtuoso answers 200 with a shortened result in two cases and says so only in a header: a
 * SELECT that reaches {@code ResultSetMaxRows} ({@code [SPARQL]} section of virtuoso.ini) comes
 * with {@code X-SPARQL-MaxRows}, a query past its "anytime" limit ({@code MaxQueryExecutionTime})
 * with {@code X-SQL-State: S1TAT}. A short answer taken for a whole one would make views, counts
 * and exports silently wrong, so both fail. And Virtuoso 7.2 answers an ASK query with a one-column
 * SELECT result (variable {@code __ASK_RETVAL}, one row when true), which is rewritten into the
 * boolean result the protocol prescribes.
 */
final class RemoteHttpClient extends HttpClient {
  /** What the store asks for on ASK queries, so that their answers can be told apart here. */
  static final String ASK_ACCEPT = "application/sparql-results+json";
  static final String MAX_ROWS_HEADER = "X-SPARQL-MaxRows";
  static final String SQL_STATE_HEADER = "X-SQL-State";
  private static final String ANYTIME_TIMEOUT_STATE = "S1TAT";
  private static final Pattern VIRTUOSO_ASK =
      Pattern.compile("\"vars\"\\s*:\\s*\\[\\s*\"__ASK_RETVAL\"\\s*\\].*\"bindings\"\\s*:\\s*\\[\\s*(\\S)", Pattern.DOTALL);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpClient delegate;
  private final String username;
  private final String password;
  private final boolean virtuoso;
  // The last Digest challenge per request path, and how often its nonce has been used.
  private final Map<String, DigestNonce> nonces = new ConcurrentHashMap<>();

  private record DigestNonce(AuthChallenge challenge, AtomicInteger count) {}

  RemoteHttpClient(HttpClient delegate, String username, String password, boolean virtuoso) {
    this.delegate = delegate;
    this.username = username;
    this.password = password;
    this.virtuoso = virtuoso;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
    HttpRequest first = withKnownNonce(request);
    HttpResponse<T> response = sendChecked(first, handler);
    if (response.statusCode() == 401 && username != null) {
      Optional<HttpRequest> again = answerChallenge(request, response);
      if (again.isPresent()) {
        discard(response);
        response = sendChecked(again.get(), handler);
      }
    }
    if (response.statusCode() >= 400) {
      throw refused(response);
    }
    return response;
  }

  /** The server's refusal with what it said: Jena's own exception carries the status line alone. */
  private static HttpException refused(HttpResponse<?> response) {
    String said = "";
    Object body = response.body();
    try {
      if (body instanceof InputStream in) {
        try (in) {
          said = new String(in.readNBytes(4000), StandardCharsets.UTF_8);
        }
      } else if (body instanceof byte[] bytes) {
        said = new String(bytes, StandardCharsets.UTF_8);
      } else if (body instanceof String text) {
        said = text;
      }
    } catch (IOException e) {
      said = "(its answer could not be read: " + e.getMessage() + ")";
    }
    said = said.strip();
    if (said.length() > 2000) {
      said = said.substring(0, 2000) + "...";
    }
    String what = response.request().method() + " " + response.uri().getScheme() + "://" + response.uri().getAuthority()
        + response.uri().getRawPath() + " answered " + response.statusCode();
    return new Refusal(response.statusCode(), said.isEmpty() ? what : what + ": " + said, said);
  }

  /** A server's refusal, saying what the server said (Jena's own message is the status alone). */
  static final class Refusal extends HttpException {
    private final String message;

    Refusal(int status, String message, String said) {
      super(status, null, said);
      this.message = message;
    }

    @Override
    public String getMessage() {
      return message;
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return send(request, handler);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }, delegate.executor().orElse(Runnable::run));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> push) {
    return sendAsync(request, handler);
  }

  private <T> HttpResponse<T> sendChecked(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
    if (!virtuoso) {
      return delegate.send(request, handler);
    }
    if (request.headers().firstValue("Accept").filter(ASK_ACCEPT::equals).isPresent()) {
      return askAnswer(delegate.send(request, HttpResponse.BodyHandlers.ofByteArray()), handler);
    }
    HttpResponse<T> response = delegate.send(request, handler);
    Optional<String> maxRows = response.headers().firstValue(MAX_ROWS_HEADER);
    if (maxRows.isPresent()) {
      discard(response);
      throw new QueryExecException(
          "Virtuoso cut the answer at its limit of " + maxRows.get() + " rows (ResultSetMaxRows in the [SPARQL] section"
              + " of virtuoso.ini), so it may be incomplete and is not used; raise that limit above the largest answer"
              + " Papergraph reads, such as the number of quads in the store");
    }
    if (response.headers().firstValue(SQL_STATE_HEADER).filter(ANYTIME_TIMEOUT_STATE::equals).isPresent()) {
      discard(response);
      throw new QueryCancelledException();
    }
    return response;
  }

  /** Virtuoso's one-column answer to an ASK, as the boolean result it stands for. */
  private static <T> HttpResponse<T> askAnswer(HttpResponse<byte[]> raw, HttpResponse.BodyHandler<T> handler) {
    byte[] body = raw.body();
    if (raw.statusCode() == 200) {
      Matcher m = VIRTUOSO_ASK.matcher(new String(body, StandardCharsets.UTF_8));
      if (m.find()) {
        boolean answer = !"]".equals(m.group(1));
        body = ("{ \"head\": {}, \"boolean\": " + answer + " }").getBytes(StandardCharsets.UTF_8);
      }
    }
    return replay(raw, body, handler);
  }

  /** {@code raw} with {@code body}, delivered through {@code handler} as if read from the wire. */
  private static <T> HttpResponse<T> replay(HttpResponse<byte[]> raw, byte[] body, HttpResponse.BodyHandler<T> handler) {
    HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return raw.statusCode();
      }

      @Override
      public HttpHeaders headers() {
        return raw.headers();
      }

      @Override
      public Version version() {
        return raw.version();
      }
    });
    subscriber.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {}

      @Override
      public void cancel() {}
    });
    subscriber.onNext(List.of(ByteBuffer.wrap(body)));
    subscriber.onComplete();
    T value = subscriber.getBody().toCompletableFuture().join();
    return new HttpResponse<>() {
      @Override
      public int statusCode() {
        return raw.statusCode();
      }

      @Override
      public HttpRequest request() {
        return raw.request();
      }

      @Override
      public Optional<HttpResponse<T>> previousResponse() {
        return Optional.empty();
      }

      @Override
      public HttpHeaders headers() {
        return raw.headers();
      }

      @Override
      public T body() {
        return value;
      }

      @Override
      public Optional<SSLSession> sslSession() {
        return raw.sslSession();
      }

      @Override
      public URI uri() {
        return raw.uri();
      }

      @Override
      public Version version() {
        return raw.version();
      }
    };
  }

  private HttpRequest withKnownNonce(HttpRequest request) {
    DigestNonce known = username == null ? null : nonces.get(request.uri().getRawPath());
    if (known == null) {
      return request;
    }
    return withAuthorization(request, digest(known, request));
  }

  private Optional<HttpRequest> answerChallenge(HttpRequest request, HttpResponse<?> response) {
    for (String header : response.headers().allValues("WWW-Authenticate")) {
      AuthChallenge challenge = AuthChallenge.parse(header);
      if (challenge == null) {
        continue;
      }
      if (challenge.authScheme == AuthScheme.DIGEST) {
        DigestNonce fresh = new DigestNonce(challenge, new AtomicInteger());
        nonces.put(request.uri().getRawPath(), fresh);
        return Optional.of(withAuthorization(request, digest(fresh, request)));
      }
      if (challenge.authScheme == AuthScheme.BASIC) {
        String token = java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Optional.of(withAuthorization(request, "Basic " + token));
      }
    }
    return Optional.empty();
  }

  /** The Digest (RFC 7616, MD5) answer to {@code nonce} for this request. */
  private String digest(DigestNonce nonce, HttpRequest request) {
    AuthChallenge c = nonce.challenge();
    String uri = request.uri().getRawPath() + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
    String ha1 = md5(username + ":" + c.realm + ":" + password);
    String ha2 = md5(request.method() + ":" + uri);
    StringBuilder h = new StringBuilder("Digest username=\"").append(username)
        .append("\", realm=\"").append(c.realm)
        .append("\", nonce=\"").append(c.nonce)
        .append("\", uri=\"").append(uri).append('"');
    if (c.qop != null && List.of(c.qop.split("\\s*,\\s*")).contains("auth")) {
      String nc = String.format("%08x", nonce.count().incrementAndGet());
      byte[] random = new byte[8];
      RANDOM.nextBytes(random);
      String cnonce = HexFormat.of().formatHex(random);
      h.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce)
          .append("\", response=\"").append(md5(ha1 + ":" + c.nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2)).append('"');
    } else {
      h.append(", response=\"").append(md5(ha1 + ":" + c.nonce + ":" + ha2)).append('"');
    }
    if (c.opaque != null) {
      h.append(", opaque=\"").append(c.opaque).append('"');
    }
    return h.append(", algorithm=MD5").toString();
  }

  private static HttpRequest withAuthorization(HttpRequest request, String authorization) {
    return HttpRequest.newBuilder(request, (name, value) -> !name.equalsIgnoreCase("Authorization"))
        .header("Authorization", authorization)
        .build();
  }

  private static String md5(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is missing from this Java runtime", e);
    }
  }

  private static void discard(HttpResponse<?> response) {
    if (response.body() instanceof InputStream in) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the answer is dropped either way
      }
    }
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
