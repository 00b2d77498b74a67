package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrometheusTickCountsTest {

  private static final URI PROMETHEUS = URI.create("http://prometheus:9090");

  @Test
  void asksForBothVersionsInOneQueryPerQuantityOverTheTick() {
    assertThat(new PrometheusTickCounts(PROMETHEUS, "shop", "next-v1", "next-v2").queries(Duration.ofMillis(1500)))
        .containsExactly(
            "sum by (destination_workload) (increase(istio_requests_total{reporter=\"destination\","
                + "destination_workload_namespace=\"shop\",destination_workload=~\"next-v1|next-v2\"}[1s500ms]))",
            "sum by (destination_workload) (increase(istio_requests_total{reporter=\"destination\","
                + "destination_workload_namespace=\"shop\",destination_workload=~\"next-v1|next-v2\","
                + "response_code=~\"5..\"}[1s500ms]))",
            "sum by (destination_workload, le) (increase(istio_request_duration_milliseconds_bucket{"
                + "reporter=\"destination\",destination_workload_namespace=\"shop\","
                + "destination_workload=~\"next-v1|next-v2\"}[1s500ms]))");
  }

  @Test
  void aDotInAWorkloadNameMatchesOnlyADot() {
    assertThat(new PrometheusTickCounts(PROMETHEUS, "shop", "next.v1", "next-v2").queries(Duration.ofSeconds(1)))
        .allSatisfy(query -> assertThat(query).contains("destination_workload=~\"next\\\\.v1|next-v2\""));
  }

  @Test
  void refusesNamesThatAreNotKubernetesNames() {
    assertThatThrownBy(() -> new PrometheusTickCounts(PROMETHEUS, "shop", "next\"}", "next-v2"))
        .hasMessage("stableWorkload: next\"} (expected: a DNS subdomain: lowercase letters, digits, - and .)");
    assertThatThrownBy(() -> new PrometheusTickCounts(PROMETHEUS, "Shop", "next-v1", "next-v2"))
        .hasMessage("namespace: Shop (expected: a DNS label: lowercase letters, digits and -)");
  }

  @Test
  void refusesTheSameWorkloadForBothVersions() {
    assertThatThrownBy(() -> new PrometheusTickCounts(PROMETHEUS, "shop", "next-v1", "next-v1"))
        .hasMessage("canaryWorkload: next-v1 (expected: not the stable workload)");
  }

  @Test
  void refusesAnAddressThatIsNotHttp() {
    assertThatThrownBy(() -> new PrometheusTickCounts(URI.create("ftp://user:secret@prometheus"), "shop", "a", "b"))
        .hasMessage("address: ftp://prometheus (expected: an http(s) URL, e.g. http://prometheus:9090)");
  }

  @Test
  void refusesATickShorterThanAMillisecondOrAWeightOutsideZeroToHundred() {
    PrometheusTickCounts counts = new PrometheusTickCounts(PROMETHEUS, "shop", "next-v1", "next-v2");

    assertThatThrownBy(() -> counts.read(Instant.EPOCH, Duration.ZERO, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> counts.read(Instant.EPOCH, Duration.ofSeconds(1), 101))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
