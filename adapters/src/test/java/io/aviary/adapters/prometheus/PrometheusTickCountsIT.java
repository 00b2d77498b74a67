package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.aviary.controller.observe.LatencyCounts;
import io.aviary.controller.observe.TrafficSample;
import io.aviary.controller.observe.VersionTraffic;
import io.aviary.testkit.PrometheusProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-tick counts read from a real Prometheus scraping Istio-style telemetry every second, where each scrape adds
 * known counts per version. A 5-second tick's {@code increase()} sees four or five scrape intervals and extrapolates
 * to the window's edges, so its counts are about five scrapes' worth (asserted within one scrape's worth); within
 * one version, and between versions scraped together, every series is scaled by the same extrapolation, so the
 * proportions are asserted to within rounding.
 */
class PrometheusTickCountsIT {

  private static final Duration TICK = Duration.ofSeconds(5);
  /** Per scrape: 100 requests to next-v1, 1 of them a 503, nearly all at most 10ms. */
  private static final IstioTraffic.Version STABLE =
      new IstioTraffic.Version("next-v1", Map.of(5.0, 60L, 10.0, 39L, 100.0, 1L), 1);
  /** Per scrape: 50 requests to next-v2, 5 of them 503s, 20 slower than 10ms. */
  private static final IstioTraffic.Version CANARY =
      new IstioTraffic.Version("next-v2", Map.of(5.0, 10L, 10.0, 20L, 100.0, 15L, 500.0, 5L), 5);

  @TempDir Path folder;
  private IstioTraffic traffic;
  private PrometheusProcess prometheus;

  @BeforeEach
  void start() throws Exception {
    Optional<Path> binary = PrometheusProcess.locate(folder);
    Assumptions.assumeTrue(binary.isPresent(), PrometheusProcess.MISSING);
    traffic = new IstioTraffic(List.of(STABLE, CANARY));
    prometheus = PrometheusProcess.start(binary.orElseThrow(), folder, traffic.target(), "/stats/prometheus");
  }

  @AfterEach
  void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
    if (traffic != null) {
      traffic.close();
    }
  }

  /** The counts of the tick ending now, once Prometheus has scraped for longer than a tick (and a bit). */
  private TrafficSample tickEndingNow(String stable, String canary) {
    await().atMost(Duration.ofSeconds(30)).until(() -> traffic.scrapes() >= TICK.toSeconds() + 3);
    TickReading reading = new PrometheusTickCounts(prometheus.address(), "shop", stable, canary)
        .read(Instant.now(), TICK, 10);
    assertThat(reading).isInstanceOf(TickReading.Counted.class);
    return ((TickReading.Counted) reading).sample();
  }

  /** How many scrapes' worth {@code increase()} made of this tick, from the version's requests. */
  private static double scrapesSeen(VersionTraffic version, IstioTraffic.Version rates) {
    return (double) version.requests() / rates.requests();
  }

  @Test
  void countsEachVersionsRequestsErrorsAndBucketsOfOneTick() {
    TrafficSample sample = tickEndingNow("next-v1", "next-v2");

    assertThat(sample.canaryWeight()).isEqualTo(10);
    for (var version : List.of(Map.entry(sample.stable(), STABLE), Map.entry(sample.canary(), CANARY))) {
      double scrapes = scrapesSeen(version.getKey(), version.getValue());
      assertThat(scrapes).isCloseTo(TICK.toSeconds(), within(1.0));
      assertThat(version.getKey().errors()).isCloseTo(Math.round(scrapes * version.getValue().errors()), within(1L));
      LatencyCounts latencies = version.getKey().latencies();
      assertThat(latencies.count()).isCloseTo(version.getKey().requests(), within(1L));
      for (double bound : new double[] {5, 10, 100}) {
        long slower = version.getValue().requests() - version.getValue().atOrBelow(bound);
        assertThat(latencies.countSlowerThan(bound)).isCloseTo(Math.round(scrapes * slower), within(1L));
      }
    }
  }

  @Test
  void bothVersionsOfOneTickAreScaledAlike() {
    TrafficSample sample = tickEndingNow("next-v1", "next-v2");

    assertThat(scrapesSeen(sample.canary(), CANARY)).isCloseTo(scrapesSeen(sample.stable(), STABLE), within(0.05));
  }

  @Test
  void interpolatesPercentilesWithinTheBucketsAsHistogramQuantileDoes() {
    TrafficSample sample = tickEndingNow("next-v1", "next-v2");

    // next-v1: 60 of 100 at or below 5ms, so the median is 50/60 of the way through (1, 5].
    assertThat(sample.stable().latencies().percentileMillis(50).orElseThrow())
        .isCloseTo(1 + 4 * 50.0 / 60, within(0.1));
    // next-v2: 45 of 50 at or below 100ms, the last 5 in (250, 500]: p95 is half-way through (250, 500].
    assertThat(sample.canary().latencies().percentileMillis(95).orElseThrow()).isCloseTo(375, within(10.0));
  }

  @Test
  void aWorkloadWithoutTelemetryHadNoTrafficInTheTick() {
    TrafficSample sample = tickEndingNow("next-v1", "next-v3");

    assertThat(sample.stable().requests()).isPositive();
    assertThat(sample.canary()).isEqualTo(new VersionTraffic(0, 0, LatencyCounts.NONE));
  }

  @Test
  void anUnreachablePrometheusIsUnavailableNotAnException() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    TickReading reading = new PrometheusTickCounts(URI.create("http://127.0.0.1:" + closed), "shop", "next-v1",
        "next-v2").read(Instant.now(), TICK, 10);

    assertThat(reading).isInstanceOf(TickReading.Unavailable.class);
    assertThat(((TickReading.Unavailable) reading).reason())
        .startsWith("Prometheus at http://127.0.0.1:" + closed + ", query sum by (destination_workload)")
        .endsWith("connection refused");
  }
}
