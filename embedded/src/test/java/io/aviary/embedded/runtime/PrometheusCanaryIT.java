package io.aviary.embedded.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.aviary.adapters.prometheus.PrometheusMetricsProvider;
import io.aviary.adapters.webhook.HttpWebhookCaller;
import io.aviary.demoapp.DemoApp;
import io.aviary.demoapp.DemoAppSettings;
import io.aviary.testkit.PrometheusProcess;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Canary whose only check is a MetricTemplate with Flagger's Istio error-rate query, answered by a real
 * Prometheus scraping the gateway's own {@code /stats/prometheus}: a canary failing half its requests is rolled
 * back on Prometheus' numbers.
 */
class PrometheusCanaryIT {

  private static final String TEMPLATE = """
      apiVersion: flagger.app/v1beta1
      kind: MetricTemplate
      metadata: {name: error-rate, namespace: default}
      spec:
        provider: {type: prometheus, address: "%s"}
        query: |
          100 - sum(rate(istio_requests_total{reporter="destination",
              destination_workload_namespace="{{ namespace }}", destination_workload=~"{{ target }}",
              response_code!~"5.*"}[{{ interval }}]))
          / sum(rate(istio_requests_total{reporter="destination",
              destination_workload_namespace="{{ namespace }}", destination_workload=~"{{ target }}"}[{{ interval }}]))
          * 100
      """;

  @TempDir Path folder;
  private DemoApp v1;
  private DemoApp v2;
  private PrometheusProcess prometheus;
  private RuntimeHarness harness;

  @AfterEach
  void stop() {
    for (AutoCloseable closeable : new AutoCloseable[] {harness, prometheus, v1, v2}) {
      try {
        if (closeable != null) {
          closeable.close();
        }
      } catch (Exception e) {
        // Best effort: the other resources must still be closed.
      }
    }
  }

  @Test
  void rollsBackOnTheErrorRatePrometheusReports() throws Exception {
    Optional<Path> binary = PrometheusProcess.locate(folder);
    Assumptions.assumeTrue(binary.isPresent(), PrometheusProcess.MISSING);
    v1 = DemoApp.start(DemoAppSettings.of("v1").withPort(0));
    v2 = DemoApp.start(DemoAppSettings.of("v2").withPort(0).withErrorRate(0.5).withSeed(3));
    harness = RuntimeHarness.start(folder, Map.of("app.yaml", CanaryFixture.resources(v1, v2)),
        new ControllerSettings(folder.resolve("state"), PrometheusMetricsProvider::new, new HttpWebhookCaller(),
            Clock.systemUTC()));
    var admin = harness.adminAddress();
    prometheus = PrometheusProcess.start(binary.orElseThrow(), folder, admin.getHostString() + ":" + admin.getPort(),
        "/stats/prometheus");

    harness.write("template.yaml", TEMPLATE.formatted(prometheus.address()));
    harness.write("canary.yaml", CanaryFixture.canary(2).replace("""
            - name: request-success-rate
              thresholdRange: {min: 99}
              interval: 5s
            - name: request-duration
              thresholdRange: {max: 500}
              interval: 5s
        """, """
            - name: error-rate
              templateRef: {name: error-rate}
              thresholdRange: {max: 1}
              interval: 10s
        """).replace("interval: 1s", "interval: 2s"));

    try (SteadyTraffic traffic = new SteadyTraffic(harness)) {
      await().atMost(Duration.ofSeconds(60)).until(() -> harness.phase().equals("Failed"));
    }
    assertThat(harness.canary().orElseThrow().status().events())
        .anyMatch(event -> event.checks().stream().anyMatch(check -> check.name().equals("error-rate")
            && check.value() != null && check.value() > 20));
    assertThat(harness.version("curl/8")).isEqualTo("v1");
  }
}
