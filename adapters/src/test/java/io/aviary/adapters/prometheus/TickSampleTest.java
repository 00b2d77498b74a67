package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.adapters.prometheus.PrometheusVector.Sample;
import io.aviary.controller.observe.LatencyCounts;
import io.aviary.controller.observe.TrafficSample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TickSampleTest {

  private static Sample count(String workload, double value) {
    return new Sample(Map.of("destination_workload", workload), value);
  }

  private static Sample bucket(String workload, String le, double value) {
    return new Sample(Map.of("destination_workload", workload, "le", le), value);
  }

  private static TrafficSample counted(TickReading reading) {
    assertThat(reading).isInstanceOf(TickReading.Counted.class);
    return ((TickReading.Counted) reading).sample();
  }

  @Test
  void assemblesBothVersionsFromAnswersGroupedByWorkload() {
    TrafficSample sample = counted(TickSample.assemble(
        List.of(count("next-v1", 200), count("next-v2", 20)),
        List.of(count("next-v2", 2)),
        List.of(bucket("next-v2", "10", 15), bucket("next-v2", "+Inf", 20), bucket("next-v2", "5", 5),
            bucket("next-v1", "+Inf", 200), bucket("next-v1", "10", 200)),
        "next-v1", "next-v2", 10));

    assertThat(sample.canaryWeight()).isEqualTo(10);
    assertThat(sample.stable().requests()).isEqualTo(200);
    assertThat(sample.stable().errors()).isZero();
    assertThat(sample.stable().latencies().countSlowerThan(10)).isZero();
    assertThat(sample.canary().requests()).isEqualTo(20);
    assertThat(sample.canary().errors()).isEqualTo(2);
    assertThat(sample.canary().latencies().count()).isEqualTo(20);
    assertThat(sample.canary().latencies().countSlowerThan(5)).isEqualTo(15);
  }

  @Test
  void roundsExtrapolatedCountsAndKeepsErrorsAtMostTheRequests() {
    TrafficSample sample = counted(TickSample.assemble(
        List.of(count("next-v1", 99.6), count("next-v2", 4.4)),
        List.of(count("next-v1", 0.4), count("next-v2", 4.6)),
        List.of(), "next-v1", "next-v2", 5));

    assertThat(sample.stable().requests()).isEqualTo(100);
    assertThat(sample.stable().errors()).isZero();
    assertThat(sample.canary().requests()).isEqualTo(4);
    assertThat(sample.canary().errors()).isEqualTo(4);
  }

  @Test
  void aWorkloadMissingFromTheAnswersHadNoTrafficInTheTick() {
    TrafficSample sample = counted(TickSample.assemble(List.of(count("next-v1", 10)), List.of(), List.of(),
        "next-v1", "next-v2", 50));

    assertThat(sample.canary().requests()).isZero();
    assertThat(sample.canary().latencies()).isSameAs(LatencyCounts.NONE);
  }

  @Test
  void aHistogramWithoutItsInfBucketIsUnavailableRatherThanGuessed() {
    assertThat(TickSample.assemble(List.of(), List.of(), List.of(bucket("next-v2", "10", 3)),
        "next-v1", "next-v2", 50))
        .isInstanceOf(TickReading.Unavailable.class)
        .extracting(r -> ((TickReading.Unavailable) r).reason()).asString()
        .contains("next-v2", "le=\"+Inf\"");
  }

  @Test
  void aNegativeOrNanCountIsUnavailable() {
    assertThat(TickSample.assemble(List.of(count("next-v1", Double.NaN)), List.of(), List.of(),
        "next-v1", "next-v2", 50))
        .isEqualTo(new TickReading.Unavailable("requests of next-v1: NaN (expected: a count >= 0)"));
    assertThat(TickSample.assemble(List.of(), List.of(count("next-v2", -1)), List.of(), "next-v1", "next-v2", 50))
        .isEqualTo(new TickReading.Unavailable("errors of next-v2: -1.0 (expected: a count >= 0)"));
  }

  @Test
  void bucketsWhoseBoundsAreWrittenDifferentlyAreOneBucket() {
    TrafficSample sample = counted(TickSample.assemble(List.of(), List.of(),
        List.of(bucket("next-v1", "1", 2), bucket("next-v1", "1.0", 3), bucket("next-v1", "+Inf", 4),
            bucket("next-v1", "Inf", 6)),
        "next-v1", "next-v2", 50));

    assertThat(sample.stable().latencies().count()).isEqualTo(10);
    assertThat(sample.stable().latencies().countSlowerThan(1)).isEqualTo(5);
  }
}
