package io.aviary.gateway.runtime;

import static io.aviary.gateway.runtime.GatewayHarness.gatewayAndRoutes;
import static io.aviary.gateway.runtime.GatewayHarness.workloadEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.UpstreamStub;
import io.aviary.testkit.UpstreamStub.Behaviour;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Endpoints annotated {@code aviary.io/health-path} get traffic only while their probe passes. */
class ReadinessProbingIT {

  private final UpstreamStub steady = UpstreamStub.start("steady");
  private final UpstreamStub flaky = UpstreamStub.start("flaky");
  private final AtomicInteger flakyHealth = new AtomicInteger(503);

  @AfterEach
  void stop() {
    steady.close();
    flaky.close();
  }

  private String config() {
    flaky.on("/healthz", request -> Behaviour.status(flakyHealth.get()));
    return gatewayAndRoutes("- route: [{destination: {host: app}}]")
        + workloadEntry("app-steady", steady.port(), "v1", "/healthz")
        + workloadEntry("app-flaky", flaky.port(), "v1", "/healthz");
  }

  private Set<String> servedBy(GatewayHarness gateway, int requests) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requests; i++) {
      var response = gateway.get("/work");
      if (response.statusCode() == 200) {
        seen.add(response.body());
      }
    }
    return seen;
  }

  /** Requests other than probes (before the first probe round, Envoy's panic mode may spread traffic). */
  private static long trafficTo(UpstreamStub stub) {
    return stub.received().stream().filter(request -> !request.uri().equals("/healthz")).count();
  }

  @Test
  void anEndpointWhoseProbeFailsGetsNoTrafficUntilItPasses() throws Exception {
    try (var gateway = new GatewayHarness(config(), s -> s.withProbeInterval(Duration.ofMillis(200)))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> servedBy(gateway, 1).contains("steady"));
      long trafficBefore = trafficTo(flaky);

      assertThat(servedBy(gateway, 30)).containsOnly("steady");
      assertThat(trafficTo(flaky)).isEqualTo(trafficBefore);

      flakyHealth.set(200);
      await().atMost(Duration.ofSeconds(5)).until(() -> servedBy(gateway, 20).contains("flaky"));
    }
  }

  @Test
  void anEndpointWhoseProbeStartsFailingIsTakenOutOfRotation() throws Exception {
    flakyHealth.set(200);
    try (var gateway = new GatewayHarness(config(), s -> s.withProbeInterval(Duration.ofMillis(200)))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> servedBy(gateway, 20).containsAll(Set.of("steady", "flaky")));

      flakyHealth.set(500);

      await().atMost(Duration.ofSeconds(5)).until(() -> servedBy(gateway, 20).equals(Set.of("steady")));
    }
  }

  @Test
  void probesGoToTheAnnotatedPath() throws Exception {
    try (var gateway = new GatewayHarness(config(), s -> s.withProbeInterval(Duration.ofMillis(200)))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> steady.count() >= 2);

      assertThat(steady.received()).allSatisfy(request -> {
        assertThat(request.uri()).isEqualTo("/healthz");
        assertThat(request.method()).isEqualTo("GET");
      });
    }
  }
}
