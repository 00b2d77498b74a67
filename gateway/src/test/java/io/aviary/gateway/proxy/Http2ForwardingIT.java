package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aviary.testkit.UpstreamStub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP/2 with prior knowledge on a plain listener, next to HTTP/1.1 on the same port. */
class Http2ForwardingIT {

  private static final String CONFIG = TestConfigs.virtualServiceFor("app.example.com") + """
        - match:
          - headers:
              user-agent: {regex: ".*Chrome.*"}
          route:
          - destination: {host: app, subset: v2}
        - route:
          - destination: {host: app, subset: v1}
      """;

  private UpstreamStub v1;
  private UpstreamStub v2;
  private ProxyHarness gateway;

  @BeforeEach
  void start() throws Exception {
    v1 = UpstreamStub.start("v1");
    v2 = UpstreamStub.start("v2");
    gateway = new ProxyHarness(CONFIG, Map.of("v1", v1.port(), "v2", v2.port()));
  }

  @AfterEach
  void stop() {
    gateway.close();
    v1.close();
    v2.close();
  }

  @Test
  void routesHttp2StreamsByAuthorityAndHeadersAsHttp1RequestsAre() throws Exception {
    try (Http2TestClient client = Http2TestClient.connect(gateway.port)) {
      for (int i = 0; i < 10; i++) {
        assertThat(client.get("app.example.com", "/", "user-agent", "Mozilla/5.0 Chrome/131.0").body())
            .isEqualTo("v2");
      }
      assertThat(client.get("app.example.com", "/").body()).isEqualTo("v1");
      assertThat(client.get("other.example.com", "/").status()).isEqualTo(404);
    }
    assertThat(v2.received().getLast().header("host")).isEqualTo("app.example.com");
  }

  @Test
  void recordsHttp2ExchangesWithTheirProtocol() throws Exception {
    try (Http2TestClient client = Http2TestClient.connect(gateway.port)) {
      assertThat(client.get("app.example.com", "/").status()).isEqualTo(200);
    }
    CompletedExchange exchange = gateway.lastCompleted(1);
    assertThat(exchange.protocol()).isEqualTo("HTTP/2.0");
    assertThat(exchange.authority()).isEqualTo("app.example.com");
    assertThat(exchange.responseCode()).isEqualTo(200);
  }

  @Test
  void forwardsAnHttp2BodyWithoutLengthToTheHttp1UpstreamChunked() throws Exception {
    String body = "x".repeat(100_000);
    try (Http2TestClient client = Http2TestClient.connect(gateway.port)) {
      assertThat(client.post("app.example.com", "/upload", body).status()).isEqualTo(200);
    }
    UpstreamStub.Received received = v1.received().getLast();
    assertThat(received.method()).isEqualTo("POST");
    assertThat(received.bodyBytes()).isEqualTo(body.length());
    assertThat(received.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("x-http2-"));
    assertThat(received.header("x-forwarded-proto")).isEqualTo("http");
  }

  @Test
  void servesHttp1AndHttp2OnTheSamePort() throws Exception {
    HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/"))
        .header("Host", "app.example.com").build();
    try (Http2TestClient http2 = Http2TestClient.connect(gateway.port)) {
      assertThat(http1.send(request, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("v1");
      assertThat(http2.get("app.example.com", "/").body()).isEqualTo("v1");
      assertThat(http1.send(request, HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("v1");
    }
  }

  @Test
  void h2loadCompletesAHundredMultiplexedRequestsOverTwoConnections() throws Exception {
    Path h2load = Path.of("/usr/bin/h2load");
    assumeTrue(Files.isExecutable(h2load), "h2load is not installed");
    Process process = new ProcessBuilder(h2load.toString(), "-n", "100", "-c", "2", "-m", "10",
        "-H", ":authority: app.example.com", "http://127.0.0.1:" + gateway.port + "/")
        .redirectErrorStream(true)
        .start();
    String output = readAll(process);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("100 succeeded").contains("status codes: 100 2xx");
    assertThat(v1.count()).isEqualTo(100);
  }

  private static String readAll(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
