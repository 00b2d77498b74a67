package io.aviary.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aviary.gateway.transport.Transport;
import io.aviary.testkit.UpstreamStub;
import io.aviary.testkit.UpstreamStub.Behaviour;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;

/**
 * The rest of the suite runs on the best transport of the machine; this runs the proxy's basic contract on every
 * transport that loads here, so a fallback (a sandbox without io_uring, a platform without epoll) is as tested as
 * the default: keep-alive reuse on both sides, a streamed request body, and Envoy's flags for a refused connect and
 * an upstream timeout.
 */
class TransportsIT {

  private static final String CONFIG = TestConfigs.virtualServiceFor("app.example.com")
      + TestConfigs.timedRule("/slow", "200ms", "v1") + """
        - match:
          - uri: {prefix: /down}
          retries: {attempts: 0}
          route:
          - destination: {host: app, subset: down}
        - route:
          - destination: {host: app, subset: v1}
      """;

  static Stream<Named<Transport>> transports() {
    return Transport.available().stream().map(transport -> Named.of(transport.name(), transport));
  }

  @ParameterizedTest(name = "on {0}")
  @MethodSource("transports")
  void proxiesOnEveryAvailableTransport(Transport transport) throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (UpstreamStub v1 = UpstreamStub.start("v1").on("/slow", Behaviour.ok("late").after(Duration.ofSeconds(2)));
        ProxyHarness gateway = new ProxyHarness(CONFIG, Map.of("v1", v1.port(), "down", closedPort),
            ProxyLimits.defaults(), transport);
        Socket client = new Socket("127.0.0.1", gateway.port)) {
      client.setSoTimeout(10_000);
      OutputStream out = client.getOutputStream();
      InputStream in = client.getInputStream();

      for (int i = 0; i < 3; i++) {
        out.write(request("GET /hello HTTP/1.1\r\n\r\n"));
        assertThat(RawHttp.readResponse(in)).startsWith("HTTP/1.1 200").endsWith("v1");
      }
      StringBuilder chunked = new StringBuilder("POST /upload HTTP/1.1\r\nHost: app.example.com\r\n"
          + "Transfer-Encoding: chunked\r\n\r\n");
      for (int i = 0; i < 64; i++) {
        chunked.append("400\r\n").append("x".repeat(1024)).append("\r\n");
      }
      out.write(chunked.append("0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      assertThat(RawHttp.readResponse(in)).startsWith("HTTP/1.1 200");
      assertThat(v1.received().getLast().bodyBytes()).isEqualTo(64 * 1024);
      assertThat(v1.count()).isEqualTo(4);

      out.write(request("GET /down HTTP/1.1\r\n\r\n"));
      assertThat(RawHttp.readResponse(in)).startsWith("HTTP/1.1 503");
      out.write(request("GET /slow HTTP/1.1\r\n\r\n"));
      assertThat(RawHttp.readResponse(in)).startsWith("HTTP/1.1 504");
      assertThat(gateway.lastCompleted(6).responseFlags()).isEqualTo("UT");
      assertThat(gateway.completed).extracting(CompletedExchange::responseFlags).contains("UF");
    }
  }

  @Test
  void namesTheTransportsItKnowsAndRefusesOthers() {
    assertThat(Transport.named("nio").name()).isEqualTo("nio");
    assertThat(Transport.named("auto").name()).isEqualTo(Transport.best().name());
    assertThat(Transport.available().getLast().name()).isEqualTo("nio");
    assertThatThrownBy(() -> Transport.named("kqueue"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown transport 'kqueue' (expected one of auto, io_uring, epoll, nio)");
  }

  private static byte[] request(String head) {
    return head.replace("\r\n\r\n", "\r\nHost: app.example.com\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }
}
