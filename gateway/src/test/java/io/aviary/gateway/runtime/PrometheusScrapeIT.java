package io.aviary.gateway.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.aviary.testkit.PrometheusProcess;
import io.aviary.testkit.UpstreamStub;
import io.aviary.testkit.UpstreamStub.Behaviour;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway's metrics as Flagger sees them: a real Prometheus scrapes the admin server's {@code
 * /stats/prometheus} every second, and Flagger's built-in request-success-rate and request-duration queries
 * judge each version by what the test made its upstreams do.
 *
 * <p>Prometheus' {@code rate()} only counts increases between samples it holds, so each series first gets a
 * baseline: a request of each kind before the measured traffic, scraped before it starts. The success rate is
 * then the measured traffic's, give or take {@code rate()}'s extrapolation at the window's edges, which differs
 * slightly between series and so gets a tolerance of two points.
 */
class PrometheusScrapeIT {

  /** In the middle of Envoy's (100, 250] ms bucket, so a slow first connection or a GC pause stays inside it. */
  private static final Duration LATENCY = Duration.ofMillis(150);
  private static final int REQUESTS = 300;
  private static final int WARM_UP = 50;
  private static final int CLIENTS = 5;
  private static final String CHROME = "Mozilla/5.0 Chrome/131.0";

  @TempDir Path folder;
  private final AtomicInteger v2Requests = new AtomicInteger();
  private final UpstreamStub v1 = UpstreamStub.start("v1").on("/", Behaviour.ok("v1").after(LATENCY));
  private final UpstreamStub v2 = UpstreamStub.start("v2").on("/", request ->
      (v2Requests.getAndIncrement() % 10 == 0 ? Behaviour.status(500) : Behaviour.ok("v2")).after(LATENCY));
  private final HttpProbe http = new HttpProbe();
  private final TrafficTally tally = new TrafficTally();
  private EmbeddedGatewayHarness harness;
  private PrometheusProcess prometheus;

  @BeforeEach
  void start() throws Exception {
    Optional<Path> binary = PrometheusProcess.locate(folder);
    Assumptions.assumeTrue(binary.isPresent(), PrometheusProcess.MISSING);
    harness = EmbeddedGatewayHarness.start(folder.resolve("gateway"), Map.of(
        "base.yaml", Manifests.gateway(80) + "---\n" + Manifests.destinations(List.of(v1, v2)),
        "vs.yaml", Manifests.virtualService(50, 50, true)), 80);
    prometheus = PrometheusProcess.start(binary.orElseThrow(), folder,
        "127.0.0.1:" + harness.admin().getPort(), "/stats/prometheus");
  }

  @AfterEach
  void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
    if (harness != null) {
      harness.close();
    }
    v1.close();
    v2.close();
  }

  @Test
  void flaggersBuiltInQueriesSeeEachVersionsSuccessRateAndLatency() throws Exception {
    int baseline = warmUp();
    await().atMost(Duration.ofSeconds(30)).until(() -> scrapedRequests() == baseline);

    send(REQUESTS, tally);
    await().atMost(Duration.ofSeconds(30)).until(() -> scrapedRequests() == baseline + REQUESTS);

    assertThat(successRate("next-v1")).isEqualTo(100.0);
    assertThat(successRate("next-v2")).isCloseTo(tally.successPercent("v2"), within(2.0));
    assertThat(tally.count("v2", 500)).as("v2 failures the test caused").isPositive();
    for (String workload : List.of("next-v1", "next-v2")) {
      // Above the 100 ms bucket because every answer takes 150 ms; the upper bound only rules out a wrong query
      // (an unrelated series or unit), not a slow machine, since timing is not what this test is about.
      assertThat(p99Millis(workload)).as("p99 of %s, whose upstream answers after %s", workload, LATENCY)
          .isGreaterThan(100.0).isLessThanOrEqualTo(2500.0);
    }
  }

  /**
   * Makes every series exist and warms the path up before the measured traffic: v2's first request fails
   * (every tenth does, starting with the first) and its second succeeds, as Chrome users always reach v2; then
   * a round of traffic like the measured one opens the upstream connections and lets the JIT compile, so that
   * the slow first requests land in the baseline rather than in the p99.
   */
  private int warmUp() throws InterruptedException {
    for (int i = 0; i < 2; i++) {
      http.get(harness.port(), "/", Map.of("User-Agent", CHROME));
    }
    send(WARM_UP, new TrafficTally());
    assertThat(v1.count()).as("v1 requests while warming up").isPositive();
    return 2 + WARM_UP;
  }

  /** Sends {@code requests} from {@link #CLIENTS} threads at once, as a load tester does. */
  private void send(int requests, TrafficTally into) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
    for (int client = 0; client < CLIENTS; client++) {
      threads.execute(() -> {
        for (int i = 0; i < requests / CLIENTS; i++) {
          HttpResponse<String> response = http.get(harness.port(), "/", Map.of("User-Agent", "curl/8"));
          into.record(response.headers().firstValue("x-upstream").orElse("none"), response.statusCode());
        }
      });
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    assertThat(into.total()).isEqualTo(requests);
  }

  private long scrapedRequests() {
    return Math.round(prometheus.query("sum(istio_requests_total{reporter=\"destination\","
        + "destination_workload_namespace=\"default\",destination_workload=~\"next-v1|next-v2\"})").orElse(0));
  }

  private double successRate(String workload) {
    String selector = "reporter=\"destination\",destination_workload_namespace=\"default\",destination_workload=~\""
        + workload + "\"";
    return prometheus.query("sum(rate(istio_requests_total{" + selector + ",response_code!~\"5.*\"}[1m])) / "
        + "sum(rate(istio_requests_total{" + selector + "}[1m])) * 100").orElseThrow();
  }

  private double p99Millis(String workload) {
    return prometheus.query("histogram_quantile(0.99, sum(rate(istio_request_duration_milliseconds_bucket{"
        + "reporter=\"destination\",destination_workload_namespace=\"default\",destination_workload=~\""
        + workload + "\"}[1m])) by (le))").orElseThrow();
  }
}
