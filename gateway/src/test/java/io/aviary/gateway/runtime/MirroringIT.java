package io.aviary.gateway.runtime;

import static io.aviary.gateway.runtime.GatewayHarness.gatewayAndRoutes;
import static io.aviary.gateway.runtime.GatewayHarness.workloadEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.UpstreamStub;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VirtualService {@code mirror}: a fire-and-forget copy to another subset that never affects the client. */
class MirroringIT {

  private static final String ROUTES = """
      - route: [{destination: {host: app, subset: v1}}]
        mirror: {host: app, subset: v2}
        mirrorPercentage: {value: 100}
      """;

  private final UpstreamStub v1 = UpstreamStub.start("v1");
  private final UpstreamStub v2 = UpstreamStub.start("v2");

  @AfterEach
  void stop() {
    v1.close();
    v2.close();
  }

  private static String config(int v1Port, int v2Port) {
    return gatewayAndRoutes(ROUTES) + """
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: app, namespace: default}
        spec:
          host: app
          subsets:
          - {name: v1, labels: {version: v1}}
          - {name: v2, labels: {version: v2}}
        """ + workloadEntry("app-v1", v1Port, "v1") + workloadEntry("app-v2", v2Port, "v2");
  }

  @Test
  void theMirrorSeesACopyWhileTheClientGetsThePrimaryAnswer() throws Exception {
    try (var gateway = new GatewayHarness(config(v1.port(), v2.port()))) {
      var response = gateway.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/orders"))
          .header("Host", "app.example.com").POST(HttpRequest.BodyPublishers.ofString("an order")).build());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("v1");
      await().until(() -> v2.count() == 1);
      var copy = v2.received().getFirst();
      assertThat(copy.method()).isEqualTo("POST");
      assertThat(copy.uri()).isEqualTo("/orders");
      assertThat(copy.bodyBytes()).isEqualTo("an order".length());
      assertThat(copy.header("Host")).isEqualTo("app.example.com");
      assertThat(copy.header("x-request-id")).isEqualTo(v1.received().getFirst().header("x-request-id"));
    }
  }

  @Test
  void theMirrorDestinationGetsItsOwnRequestMetrics() throws Exception {
    try (var gateway = new GatewayHarness(config(v1.port(), v2.port()))) {
      gateway.get("/");

      await().untilAsserted(() -> assertThat(gateway.metrics())
          .containsPattern("istio_requests_total\\{[^}]*destination_version=\"v2\"[^}]*\\} 1")
          .containsPattern("istio_requests_total\\{[^}]*destination_version=\"v1\"[^}]*\\} 1"));
    }
  }

  @Test
  void aDeadMirrorDoesNotAffectTheClient() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (var gateway = new GatewayHarness(config(v1.port(), closedPort))) {
      for (int i = 0; i < 5; i++) {
        var response = gateway.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("v1");
      }
    }
  }

  @Test
  void aSlowMirrorDoesNotDelayTheClient() throws Exception {
    v2.on("/", UpstreamStub.Behaviour.ok("late").after(Duration.ofSeconds(3)));
    try (var gateway = new GatewayHarness(config(v1.port(), v2.port()))) {
      long start = System.nanoTime();
      assertThat(gateway.get("/").body()).isEqualTo("v1");

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void aBodyLargerThanTheRetryBufferIsNotMirroredAndTheSkipIsCounted() throws Exception {
    try (var gateway = new GatewayHarness(config(v1.port(), v2.port()))) {
      byte[] large = new byte[256 * 1024];
      var response = gateway.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/upload"))
          .header("Host", "app.example.com").POST(HttpRequest.BodyPublishers.ofByteArray(large)).build());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(v1.received().getFirst().bodyBytes()).isEqualTo(large.length);
      await().until(() -> gateway.gateway().mirrorsSkipped() == 1);
      assertThat(v2.count()).isZero();
    }
  }
}
