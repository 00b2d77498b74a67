package io.aviary.gateway.runtime;

import static io.aviary.gateway.runtime.GatewayHarness.gatewayAndRoutes;
import static io.aviary.gateway.runtime.GatewayHarness.workloadEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.UpstreamStub;
import io.aviary.testkit.UpstreamStub.Behaviour;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DestinationRule outlier detection and consistent-hash affinity over real requests to several endpoints. */
class EndpointSelectionIT {

  private final List<UpstreamStub> stubs = List.of(UpstreamStub.start("a"), UpstreamStub.start("b"),
      UpstreamStub.start("c"));

  @AfterEach
  void stop() {
    stubs.forEach(UpstreamStub::close);
  }

  private static String config(String trafficPolicy, List<UpstreamStub> endpoints) {
    StringBuilder yaml = new StringBuilder(gatewayAndRoutes("- route: [{destination: {host: app}}]")).append("""
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: app, namespace: default}
        spec:
          host: app
          trafficPolicy:
        """).append(trafficPolicy.indent(4));
    endpoints.forEach(stub -> yaml.append(workloadEntry("app-" + stub.name(), stub.port(), "v1")));
    return yaml.toString();
  }

  @Test
  void anEndpointThatKeepsFailingIsEjectedAndTheHealthyOneTakesAllRequests() throws Exception {
    UpstreamStub healthy = stubs.get(0);
    UpstreamStub failing = stubs.get(1).on("/", Behaviour.status(500));
    String policy = "outlierDetection: {consecutive5xxErrors: 3, interval: 1s, baseEjectionTime: 30s,"
        + " maxEjectionPercent: 100}";
    try (var gateway = new GatewayHarness(config(policy, List.of(healthy, failing)))) {
      await().atMost(Duration.ofSeconds(10)).until(() -> {
        gateway.get("/");
        return failing.count() >= 3;
      });
      int failedBefore = failing.count();

      for (int i = 0; i < 20; i++) {
        var response = gateway.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("a");
      }
      assertThat(failing.count()).isEqualTo(failedBefore);
    }
  }

  @Test
  void theSameHeaderValueAlwaysReachesTheSameEndpoint() throws Exception {
    try (var gateway = new GatewayHarness(config("loadBalancer: {consistentHash: {httpHeaderName: x-user}}", stubs))) {
      Set<String> endpointsSeen = new HashSet<>();
      for (String user : List.of("alice", "bob", "carol", "dave", "erin", "frank")) {
        Set<String> forUser = new HashSet<>();
        IntStream.range(0, 10).forEach(i -> forUser.add(gateway.get("/", "x-user", user).body()));
        assertThat(forUser).as("endpoints serving %s", user).hasSize(1);
        endpointsSeen.addAll(forUser);
      }
      assertThat(endpointsSeen).hasSizeGreaterThan(1);
    }
  }

  @Test
  void aHashCookieIsIssuedOnceAndSendingItBackSticksToOneEndpoint() throws Exception {
    String policy = "loadBalancer: {consistentHash: {httpCookie: {name: aviary-session, ttl: 60s}}}";
    try (var gateway = new GatewayHarness(config(policy, stubs))) {
      var first = gateway.get("/");
      String setCookie = first.headers().firstValue("set-cookie").orElseThrow();
      assertThat(setCookie).startsWith("aviary-session=").contains("Max-Age=60");
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));

      for (int i = 0; i < 10; i++) {
        var next = gateway.get("/", "Cookie", cookie);
        assertThat(next.body()).isEqualTo(first.body());
        assertThat(next.headers().firstValue("set-cookie")).isEmpty();
      }
    }
  }
}
