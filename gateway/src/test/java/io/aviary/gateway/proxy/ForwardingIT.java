package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.UpstreamStub;
import io.aviary.testkit.UpstreamStub.Behaviour;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForwardingIT {

  private static final String BASE = TestConfigs.virtualServiceFor("app.example.com") + """
        - match:
          - uri: {prefix: /delayed}
          fault:
            delay: {fixedDelay: 500ms, percentage: {value: 100}}
          route:
          - destination: {host: app, subset: v1}
        - match:
          - headers:
              user-agent: {regex: ".*Chrome.*"}
          route:
          - destination: {host: app, subset: v2}
      """ + TestConfigs.timedRule("/slow", "200ms", "v1") + """
        - match:
          - uri: {prefix: /flaky}
          retries: {attempts: 3, retryOn: 5xx}
          route:
          - destination: {host: app, subset: v1}
        - match:
          - uri: {prefix: /down}
          route:
          - destination: {host: app, subset: down}
        - match:
          - uri: {prefix: /teapot}
          fault:
            abort: {httpStatus: 418, percentage: {value: 100}}
          route:
          - destination: {host: app, subset: v1}
        - headers:
            request:
              set: {x-added: "yes"}
            response:
              add: {x-served-by: aviary}
          route:
          - destination: {host: app, subset: v1}
            weight: 80
          - destination: {host: app, subset: v2}
            weight: 20
      """;

  private UpstreamStub v1;
  private UpstreamStub v2;
  private ProxyHarness gateway;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    v1 = UpstreamStub.start("v1");
    v2 = UpstreamStub.start("v2");
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    gateway = new ProxyHarness(BASE, Map.of("v1", v1.port(), "v2", v2.port(), "down", closedPort));
  }

  @AfterEach
  void stop() {
    gateway.close();
    v1.close();
    v2.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + path))
        .timeout(Duration.ofSeconds(10))
        .header("Host", "app.example.com");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void splitsRequestsByWeightAcrossSubsets() throws Exception {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      counts.merge(get("/").body(), 1, Integer::sum);
    }
    assertThat(counts.keySet()).containsOnly("v1", "v2");
    assertThat(counts.get("v2")).isBetween(140, 260);
  }

  @Test
  void routesByHeaderBeforeTheWeightedRule() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(get("/", "User-Agent", "Mozilla/5.0 Chrome/131.0").body()).isEqualTo("v2");
    }
  }

  @Test
  void addsForwardingHeadersAndTheRulesHeaderOperations() throws Exception {
    HttpResponse<String> response = get("/", "User-Agent", "curl/8");
    assertThat(response.headers().firstValue("x-served-by")).contains("aviary");
    UpstreamStub served = response.body().equals("v1") ? v1 : v2;
    var seen = served.received().getLast();
    assertThat(seen.header("x-added")).isEqualTo("yes");
    assertThat(seen.header("x-forwarded-for")).isEqualTo("127.0.0.1");
    assertThat(seen.header("x-forwarded-proto")).isEqualTo("http");
    assertThat(seen.header("x-request-id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(seen.header("x-envoy-attempt-count")).isEqualTo("1");
    assertThat(seen.header("host")).isEqualTo("app.example.com");
  }

  @Test
  void removesConnectionScopedHeadersBeforeForwarding() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
      socket.setSoTimeout(10_000);
      String request = "GET / HTTP/1.1\r\nHost: app.example.com\r\nUser-Agent: Chrome\r\n"
          + "Connection: keep-alive, x-secret\r\nX-Secret: 1\r\nKeep-Alive: timeout=5\r\nTE: gzip\r\n"
          + "Proxy-Connection: keep-alive\r\nX-Kept: yes\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      assertThat(readUntil(socket.getInputStream(), "v2")).startsWith("HTTP/1.1 200");
    }
    var seen = v2.received().getLast();
    assertThat(seen.header("x-kept")).isEqualTo("yes");
    assertThat(seen.header("x-secret")).isNull();
    assertThat(seen.header("keep-alive")).isNull();
    assertThat(seen.header("te")).isNull();
    assertThat(seen.header("proxy-connection")).isNull();
  }

  @Test
  void answersNoRouteWith404ForAnUnknownHost() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/"))
        .header("Host", "other.example.com").build();
    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(gateway.lastCompleted(1).responseFlags()).isEqualTo("NR");
  }

  @Test
  void answers503WithConnectFailureAfterTheDefaultRetries() throws Exception {
    HttpResponse<String> response = get("/down");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).contains("connection failure");
    CompletedExchange last = gateway.lastCompleted(1);
    assertThat(last.responseFlags()).contains("UF");
    assertThat(last.attempts()).isEqualTo(3);
  }

  @Test
  void timesOutWith504AfterTheRouteTimeout() throws Exception {
    v1.on("/slow", Behaviour.ok("late").after(Duration.ofSeconds(2)));
    HttpResponse<String> response = get("/slow");
    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(gateway.lastCompleted(1).responseFlags()).isEqualTo("UT");
  }

  @Test
  void retriesA5xxUntilTheUpstreamAnswers() throws Exception {
    int[] calls = {0};
    v1.on("/flaky", request -> ++calls[0] < 3 ? Behaviour.status(503) : Behaviour.ok("third time"));
    HttpResponse<String> response = get("/flaky");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("third time");
    assertThat(v1.received().getLast().header("x-envoy-attempt-count")).isEqualTo("3");
  }

  @Test
  void injectsAnAbortFault() throws Exception {
    HttpResponse<String> response = get("/teapot");
    assertThat(response.statusCode()).isEqualTo(418);
    assertThat(gateway.lastCompleted(1).responseFlags()).isEqualTo("FI");
    assertThat(v1.count()).isZero();
  }

  @Test
  void answersPipelinedRequestsInOrder() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String one = "GET / HTTP/1.1\r\nHost: app.example.com\r\nUser-Agent: Chrome\r\n\r\n";
      String two = "GET /teapot HTTP/1.1\r\nHost: app.example.com\r\n\r\n";
      out.write((one + two).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String responses = readUntil(socket.getInputStream(), "fault filter abort");
      assertThat(responses.indexOf("HTTP/1.1 200")).isLessThan(responses.indexOf("HTTP/1.1 418"));
    }
  }

  @Test
  void refusesAmbiguousFramingWith400() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", gateway.port)) {
      socket.setSoTimeout(10_000);
      String smuggled = "POST / HTTP/1.1\r\nHost: app.example.com\r\nContent-Length: 4\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\n\r\n";
      socket.getOutputStream().write(smuggled.getBytes(StandardCharsets.US_ASCII));
      String response = readUntil(socket.getInputStream(), null);
      assertThat(response).startsWith("HTTP/1.1 400");
    }
    assertThat(v1.count() + v2.count()).isZero();
  }

  @Test
  void streamsAOneGigabyteUploadWithoutBufferingIt() throws Exception {
    long size = 1L << 30;
    DirectMemoryWatch memory = DirectMemoryWatch.start();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/upload"))
        .header("Host", "app.example.com")
        .header("User-Agent", "Chrome")
        .POST(HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(size)), size))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    memory.stop();
    assertThat(response.statusCode()).as(() -> String.valueOf(gateway.completed)).isEqualTo(200);
    assertThat(v2.received().getLast().bodyBytes()).isEqualTo(size);
    assertThat(memory.peakBytes()).as("gateway direct memory while 1 GiB passed").isLessThan(32L << 20);
  }

  /**
   * A request whose attempt starts late (here a fault delay; a full connection pool does the same) holds what
   * its body brings meanwhile, but only up to a bound: then the client waits. Once attached, the held part is
   * flushed and the rest streams, so the upload neither balloons in memory nor stalls.
   */
  @Test
  void holdsOnlyABoundedPartOfABodyWhileItsAttemptWaitsThenStreamsTheRest() throws Exception {
    long size = 256L << 20;
    DirectMemoryWatch memory = DirectMemoryWatch.start();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/delayed"))
        .header("Host", "app.example.com").timeout(java.time.Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(size)), size))
        .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    memory.stop();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(v1.received().getLast().bodyBytes()).isEqualTo(size);
    assertThat(memory.peakBytes()).as("gateway direct memory while the attempt waited").isLessThan(32L << 20);
  }

  @Test
  void streamsAOneGigabyteDownloadWithoutBufferingIt() throws Exception {
    long size = 1L << 30;
    v2.on("/download", Behaviour.zeros(size));
    DirectMemoryWatch memory = DirectMemoryWatch.start();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/download"))
        .header("Host", "app.example.com")
        .header("User-Agent", "Chrome")
        .build();
    HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    long received;
    try (InputStream body = response.body()) {
      received = body.transferTo(OutputStream.nullOutputStream());
    }
    memory.stop();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(received).isEqualTo(size);
    assertThat(memory.peakBytes()).as("gateway direct memory while 1 GiB passed").isLessThan(32L << 20);
  }

  private static String readUntil(InputStream in, String marker) throws Exception {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) > 0) {
      text.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
      if (marker != null && text.indexOf(marker) >= 0) {
        break;
      }
    }
    return text.toString();
  }

  /** {@code size} zero bytes, produced on demand. */
  private static final class ZeroStream extends InputStream {
    private long remaining;

    ZeroStream(long size) {
      this.remaining = size;
    }

    @Override
    public int read() {
      if (remaining <= 0) {
        return -1;
      }
      remaining--;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining <= 0) {
        return -1;
      }
      int n = (int) Math.min(len, remaining);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      remaining -= n;
      return n;
    }
  }
}
