package io.aviary.adapters.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BucketLatenciesTest {

  /** 100 requests: 10 at or below 5ms, 50 in (5, 10], 30 in (10, 50], 6 in (50, 100], 4 above 100ms. */
  private static final BucketLatencies TICK = BucketLatencies.of(
      Map.of(5.0, 10.0, 10.0, 60.0, 50.0, 90.0, 100.0, 96.0), 100.0);

  @Test
  void countsTheRequestsAboveAThresholdThatIsABucketBoundExactly() {
    assertThat(TICK.countSlowerThan(10)).isEqualTo(40);
    assertThat(TICK.countSlowerThan(100)).isEqualTo(4);
  }

  @Test
  void aThresholdBetweenBoundsIsRoundedUpToTheNextBoundSoSlowCountsAreNeverOverstated() {
    assertThat(TICK.countSlowerThan(10.5)).isEqualTo(TICK.countSlowerThan(50)).isEqualTo(10);
    assertThat(TICK.countSlowerThan(0.1)).isEqualTo(90);
  }

  @Test
  void aThresholdAboveTheLargestFiniteBoundCountsNothingFromTheInfBucket() {
    assertThat(TICK.countSlowerThan(100.01)).isZero();
  }

  @Test
  void theInfBucketIsTheCount() {
    assertThat(TICK.count()).isEqualTo(100);
  }

  @Test
  void anEmptyTickHasNoPercentilesAndNoSlowRequests() {
    BucketLatencies empty = BucketLatencies.of(Map.of(5.0, 0.0, 10.0, 0.0), 0);

    assertThat(empty.count()).isZero();
    assertThat(empty.countSlowerThan(1)).isZero();
    assertThat(empty.percentileMillis(99)).isEmpty();
  }

  @Test
  void onlyAnInfBucketKnowsTheCountButNoLatency() {
    BucketLatencies onlyInf = BucketLatencies.of(Map.of(), 7);

    assertThat(onlyInf.count()).isEqualTo(7);
    assertThat(onlyInf.countSlowerThan(1)).isZero();
    assertThat(onlyInf.percentileMillis(50)).isEmpty();
  }

  @Test
  void interpolatesPercentilesLinearlyWithinTheBucketAsHistogramQuantileDoes() {
    // rank 50 lies 40 of the 50 requests into (5, 10]; rank 5 is halfway into [0, 5]; rank 93 is half of (50, 100].
    assertThat(TICK.percentileMillis(50).orElseThrow()).isCloseTo(9.0, within(1e-9));
    assertThat(TICK.percentileMillis(5).orElseThrow()).isCloseTo(2.5, within(1e-9));
    assertThat(TICK.percentileMillis(93).orElseThrow()).isCloseTo(75.0, within(1e-9));
  }

  @Test
  void aPercentileInTheInfBucketIsTheLargestFiniteBound() {
    assertThat(TICK.percentileMillis(99)).isEqualTo(OptionalDouble.of(100));
  }

  @Test
  void refusesAPercentileOutsideZeroToHundred() {
    assertThatThrownBy(() -> TICK.percentileMillis(101)).hasMessage("percentile: 101.0 (expected: 0..100)");
  }

  @Test
  void roundsExtrapolatedCountsToWholeRequests() {
    BucketLatencies tick = BucketLatencies.of(Map.of(5.0, 10.4, 10.0, 20.6), 30.5);

    assertThat(tick.atOrBelow()).containsExactly(10, 21);
    assertThat(tick.count()).isEqualTo(31);
  }

  @Test
  void makesBucketsCumulativeWhenExtrapolationLeftOneBelowTheOneBeforeIt() {
    BucketLatencies tick = BucketLatencies.of(Map.of(5.0, 12.2, 10.0, 11.9, 50.0, 20.0), 19.8);

    assertThat(tick.atOrBelow()).containsExactly(12, 12, 20);
    assertThat(tick.count()).isEqualTo(20);
  }
}
