package io.aviary.gateway.runtime;

import static io.aviary.gateway.runtime.GatewayHarness.gatewayAndRoutes;
import static io.aviary.gateway.runtime.GatewayHarness.workloadEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.UpstreamStub;
import io.aviary.testkit.UpstreamStub.Behaviour;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DestinationRule {@code connectionPool} limits enforced on real upstream connections. */
class ConnectionPoolLimitsIT {

  private final UpstreamStub v1 = UpstreamStub.start("v1").on("/slow", Behaviour.ok("slow").after(Duration.ofMillis(700)));

  @AfterEach
  void stop() {
    v1.close();
  }

  private static String config(String connectionPool, int port) {
    return gatewayAndRoutes("- route: [{destination: {host: app}}]") + """
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: app, namespace: default}
        spec:
          host: app
          trafficPolicy:
            connectionPool:
        """ + connectionPool.indent(6) + workloadEntry("app-1", port, "v1");
  }

  @Test
  void requestsBeyondTheConnectionLimitAreRefusedWithOverflow() throws Exception {
    String pool = "tcp: {maxConnections: 1}\nhttp: {http1MaxPendingRequests: 1}";
    try (var gateway = new GatewayHarness(config(pool, v1.port()))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/slow"))
            .header("Host", "app.example.com").timeout(Duration.ofSeconds(10)).build();
        responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      List<Integer> statuses = responses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

      assertThat(statuses).contains(200, 503);
      assertThat(responses.stream().map(CompletableFuture::join).filter(r -> r.statusCode() == 503))
          .allSatisfy(r -> assertThat(r.body()).contains("overflow"));
      org.awaitility.Awaitility.await().untilAsserted(
          () -> assertThat(gateway.metrics()).containsPattern("istio_requests_total\\{[^}]*response_flags=\"UO\""));
    }
  }

  @Test
  void requestsBeyondTheConnectionLimitWaitForAConnectionWhenPendingRequestsAreAllowed() throws Exception {
    // Istio's default http1MaxPendingRequests is unlimited: at maxConnections requests queue, as in Envoy.
    try (var gateway = new GatewayHarness(config("tcp: {maxConnections: 1}", v1.port()))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/slow"))
            .header("Host", "app.example.com").timeout(Duration.ofSeconds(20)).build();
        responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }

      assertThat(responses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode))
          .containsOnly(200).hasSize(5);
    }
  }

  @Test
  void aConnectionClosedAfterEachRequestWakesTheNextPendingRequest() throws Exception {
    String pool = "tcp: {maxConnections: 1}\nhttp: {maxRequestsPerConnection: 1}";
    try (var gateway = new GatewayHarness(config(pool, v1.port()))) {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port + "/slow"))
            .header("Host", "app.example.com").timeout(Duration.ofSeconds(20)).build();
        responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }

      assertThat(responses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode))
          .containsOnly(200).hasSize(4);
    }
  }

  @Test
  void oneRequestPerConnectionOpensANewUpstreamConnectionForEveryRequest() throws Exception {
    try (var gateway = new GatewayHarness(config("http: {maxRequestsPerConnection: 1}", v1.port()))) {
      for (int i = 0; i < 5; i++) {
        assertThat(gateway.get("/").statusCode()).isEqualTo(200);
      }

      assertThat(v1.received().stream().map(UpstreamStub.Received::remoteAddress).distinct()).hasSize(5);
    }
  }

  @Test
  void withoutALimitSequentialRequestsReuseOneUpstreamConnection() throws Exception {
    try (var gateway = new GatewayHarness(config("tcp: {maxConnections: 10}", v1.port()))) {
      for (int i = 0; i < 5; i++) {
        assertThat(gateway.get("/").statusCode()).isEqualTo(200);
      }

      assertThat(v1.received().stream().map(UpstreamStub.Received::remoteAddress).distinct()).hasSize(1);
    }
  }
}
