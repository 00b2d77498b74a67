package io.aviary.simulation.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aviary.controller.observe.LatencyCounts;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

  @Test
  void countsRequestsAboveAThresholdRoundedUpToABucketEdge() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (int ms = 1; ms <= 1000; ms++) {
      histogram.record(Math.log(ms));
    }
    assertThat(histogram.count()).isEqualTo(1000);
    assertThat(histogram.countSlowerThan(500)).isBetween(490L, 500L);
    assertThat(histogram.countSlowerThan(0)).isEqualTo(1000);
  }

  @Test
  void quantilesAreWithinTheBucketWidth() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (int ms = 1; ms <= 1000; ms++) {
      histogram.record(Math.log(ms));
    }
    assertThat(histogram.quantile(0.5)).isCloseTo(500, within(10.0));
    assertThat(histogram.quantile(0.99)).isCloseTo(990, within(20.0));
  }

  @Test
  void aSnapshotIsTheControllersLatencyCountsAndDoesNotChangeLater() {
    LatencyHistogram histogram = new LatencyHistogram();
    histogram.record(Math.log(100));
    LatencyCounts snapshot = histogram.snapshot();
    histogram.clear();

    assertThat(snapshot.count()).isEqualTo(1);
    assertThat(snapshot.countSlowerThan(50)).isEqualTo(1);
    assertThat(snapshot.percentileMillis(50).getAsDouble()).isCloseTo(100, within(2.0));
    assertThat(histogram.snapshot().percentileMillis(50)).isEmpty();
  }
}
