package org.papergraph.api.docker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An HTTP proxy in front of a SPARQL server that passes every request through except the first
 * update the test picks: that one it delivers only in part, or in full without passing the
 * answer back, and then holds until the test has killed the client. What the server then sees is
 * what it sees when a client dies at that point of its write.
 */
final class HoldingSparqlProxy implements AutoCloseable {
  /** What happens to the held update. */
  enum Hold {
    /** The server gets the request's head and the body up to a cut, then the connection closes. */
    CUT_BODY,
    /** The server gets all of it and answers; the answer is not passed on. */
    ANSWER
  }

  /** Where to cut the body: its length in bytes to deliver. */
  interface Cut {
    int at(String body);
  }

  private final HttpServer server;
  private final URI upstream;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Predicate<String> held;
  private final Hold hold;
  private final Cut cut;
  private final CountDownLatch reached = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile String heldBody;
  private volatile String delivered;
  private volatile String upstreamAnswer;

  private HoldingSparqlProxy(URI upstream, Predicate<String> held, Hold hold, Cut cut) throws IOException {
    this.upstream = upstream;
    this.held = held;
    this.hold = hold;
    this.cut = cut;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  /**
   * Proxies {@code upstream} (scheme, host and port); holds the first update whose body {@code
   * held} accepts, as {@code hold} says, cut where {@code cut} says for {@link Hold#CUT_BODY}.
   */
  static HoldingSparqlProxy start(URI upstream, Predicate<String> held, Hold hold, Cut cut) throws IOException {
    return new HoldingSparqlProxy(upstream, held, hold, cut);
  }

  /** The address clients use instead of the upstream's for {@code path}. */
  URI address(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Waits until the held update has arrived and been delivered as {@link Hold} says. */
  boolean awaitHeld(long seconds) throws InterruptedException {
    return reached.await(seconds, TimeUnit.SECONDS);
  }

  /** Lets the held exchange end; for {@link Hold#CUT_BODY}, closes the connection to the server. */
  void release() {
    released.countDown();
  }

  /** Waits until the held exchange has ended and the server's answer to it is known. */
  boolean awaitEnded(long seconds) throws InterruptedException {
    return ended.await(seconds, TimeUnit.SECONDS);
  }

  /** The whole body of the held update, as the client sent it. */
  String heldBody() {
    return heldBody;
  }

  /** The part of the held update's body the server got. */
  String delivered() {
    return delivered;
  }

  /** What the server answered to the held update (for a cut one: once the connection closed). */
  String upstreamAnswer() {
    return upstreamAnswer;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String text = new String(body, StandardCharsets.UTF_8);
      boolean update = exchange.getRequestMethod().equals("POST") && exchange.getRequestURI().getPath().endsWith("/update");
      if (update && heldBody == null && held.test(text)) {
        synchronized (this) {
          if (heldBody == null) {
            heldBody = text;
            try {
              holdUpdate(exchange, body);
            } finally {
              ended.countDown();
            }
            return;
          }
        }
      }
      pass(exchange, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void pass(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI().toString()))
        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (String h : List.of("Content-Type", "Accept")) {
      String v = exchange.getRequestHeaders().getFirst(h);
      if (v != null) {
        b.header(h, v);
      }
    }
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    r.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
    byte[] answer = r.body();
    exchange.sendResponseHeaders(r.statusCode(), answer.length == 0 ? -1 : answer.length);
    if (answer.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  private void holdUpdate(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
    if (hold == Hold.ANSWER) {
      // The server commits and answers; the client never learns it did.
      HttpRequest.Builder b = HttpRequest.newBuilder(upstream.resolve(exchange.getRequestURI().toString()))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"));
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      delivered = heldBody;
      upstreamAnswer = r.statusCode() + " " + r.body();
      reached.countDown();
      released.await(120, TimeUnit.SECONDS);
      return;
    }
    int length = cut.at(heldBody);
    byte[] part = heldBody.substring(0, length).getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(upstream.getHost(), upstream.getPort())) {
      OutputStream out = socket.getOutputStream();
      // The whole body's length, as the client announced it, and only part of the body.
      String head = "POST " + exchange.getRequestURI() + " HTTP/1.1\r\nHost: " + upstream.getHost() + ":" + upstream.getPort()
          + "\r\nContent-Type: " + exchange.getRequestHeaders().getFirst("Content-Type") + "\r\nContent-Length: " + body.length + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(part);
      out.flush();
      delivered = new String(part, StandardCharsets.UTF_8);
      reached.countDown();
      released.await(120, TimeUnit.SECONDS);
      // The client is gone: its connection ends, as the kernel ends a killed process's.
      socket.shutdownOutput();
      socket.setSoTimeout(60_000);
      upstreamAnswer = readAll(socket.getInputStream());
    }
  }

  private static String readAll(InputStream in) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (IOException e) {
      all.writeBytes(("(connection ended: " + e + ")").getBytes(StandardCharsets.UTF_8));
    }
    return all.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
