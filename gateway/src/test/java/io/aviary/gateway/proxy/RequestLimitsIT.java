package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.UpstreamStub;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client-side limits over raw sockets: oversized or slow request heads and oversized bodies are refused. */
class RequestLimitsIT {

  private static final String CONFIG = TestConfigs.virtualServiceFor("app.example.com") + """
        - route: [{destination: {host: app, subset: v1}}]
      """;

  /** Small limits so tests stay small: 1 KiB line, 2 KiB of headers, 10 headers, 1 KiB body, 300 ms for a head. */
  private static final ProxyLimits LIMITS = new ProxyLimits(1024, 2048, 10, 1024, 60 * 1024, 300, 3_600_000,
      10_000, 1024, 64 * 1024);

  private UpstreamStub v1;
  private ProxyHarness gateway;

  @BeforeEach
  void start() throws Exception {
    v1 = UpstreamStub.start("v1");
    gateway = new ProxyHarness(CONFIG, Map.of("v1", v1.port()), LIMITS);
  }

  @AfterEach
  void stop() {
    gateway.close();
    v1.close();
  }

  @Test
  void aUriLongerThanTheInitialLineLimitIsRefusedWith414() throws Exception {
    String response = exchange("GET /" + "a".repeat(2000) + " HTTP/1.1\r\nHost: app.example.com\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 414");
    assertThat(v1.count()).isZero();
  }

  @Test
  void headersLargerThanTheHeaderLimitAreRefusedWith431() throws Exception {
    String response = exchange("GET / HTTP/1.1\r\nHost: app.example.com\r\nx-big: " + "b".repeat(3000) + "\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 431");
    assertThat(v1.count()).isZero();
  }

  @Test
  void moreHeadersThanTheCountLimitAreRefusedWith431() throws Exception {
    StringBuilder head = new StringBuilder("GET / HTTP/1.1\r\nHost: app.example.com\r\n");
    for (int i = 0; i < 12; i++) {
      head.append("x-h").append(i).append(": v\r\n");
    }
    String response = exchange(head.append("\r\n").toString());

    assertThat(response).startsWith("HTTP/1.1 431");
    assertThat(v1.count()).isZero();
  }

  @Test
  void aDeclaredBodyLargerThanTheBodyLimitIsRefusedWith413BeforeItIsSent() throws Exception {
    String response = exchange("POST / HTTP/1.1\r\nHost: app.example.com\r\nContent-Length: 5000\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 413");
    assertThat(v1.count()).isZero();
  }

  @Test
  void aChunkedBodyThatGrowsPastTheBodyLimitIsRefusedWith413() throws Exception {
    String chunk = "c".repeat(800);
    String response = exchange("POST / HTTP/1.1\r\nHost: app.example.com\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n"
        + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 413");
  }

  @Test
  void aBodyWithinTheLimitIsForwarded() throws Exception {
    String response = exchange("POST / HTTP/1.1\r\nHost: app.example.com\r\nContent-Length: 5\r\n"
        + "Connection: close\r\n\r\nhello");

    assertThat(response).startsWith("HTTP/1.1 200");
  }

  @Test
  void aClientThatDoesNotFinishItsRequestHeadInTimeGets408AndIsDisconnected() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: app.example.com\r\nx-slow: ".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      long start = System.nanoTime();

      String response = readUntilClosed(socket.getInputStream());

      assertThat(response).startsWith("HTTP/1.1 408");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
    assertThat(v1.count()).isZero();
  }

  @Test
  void aSlowHeadOnAKeepAliveConnectionIsTimedOutAfterAnEarlierRequestSucceeded() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write("GET / HTTP/1.1\r\nHost: app.example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(RawHttp.readHead(in)).startsWith("HTTP/1.1 200");
      out.write("GET / HTTP/1.1\r\nHost: app".getBytes(StandardCharsets.US_ASCII));
      out.flush();

      String rest = readUntilClosed(in);

      assertThat(rest).contains("HTTP/1.1 408");
      assertThat(v1.count()).isEqualTo(1);
    }
  }

  private String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return readUntilClosed(socket.getInputStream());
    }
  }

  /** Reads one response head (up to the blank line); the stub's short body may follow and is read later. */
  /** Reads until the gateway closes the connection (or a keep-alive response is complete and nothing follows). */
  private static String readUntilClosed(InputStream in) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        received.write(buffer, 0, read);
      }
    } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
      // a keep-alive response with nothing after it, or a reset after the refusal: what arrived is the answer
    }
    return received.toString(StandardCharsets.US_ASCII);
  }
}
