package io.aviary.simulation.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Prometheus' histogram_quantile over Istio's buckets blurs the lognormal's p99 as doc §4.4 computed. */
class IstioBucketsTest {

  @Test
  void interpolatedPercentileNinetyNineIsAbout233MillisecondsForTheBaseline() {
    assertThat(p99OfLognormal(1.0)).isCloseTo(233, within(3.0));
  }

  @Test
  void scaledLatenciesGiveTheDocsBlurredValues() {
    assertThat(p99OfLognormal(1.2)).isCloseTo(242, within(3.0));
    assertThat(p99OfLognormal(1.5)).isCloseTo(249, within(3.0));
    assertThat(p99OfLognormal(2.0)).isCloseTo(429, within(6.0));
  }

  @Test
  void interpolatesLinearlyInsideTheBucketAndFromZeroInTheFirst() {
    long[] counts = new long[IstioBuckets.COUNT];
    counts[IstioBuckets.bucket(Math.log(75))] = 100;
    assertThat(IstioBuckets.quantile(0.5, counts)).isCloseTo(75, within(1e-9));
    long[] first = new long[IstioBuckets.COUNT];
    first[0] = 10;
    assertThat(IstioBuckets.quantile(0.5, first)).isCloseTo(0.25, within(1e-9));
  }

  @Test
  void aRankInTheInfiniteBucketReturnsTheHighestFiniteBound() {
    long[] counts = new long[IstioBuckets.COUNT];
    counts[IstioBuckets.COUNT - 1] = 5;
    assertThat(IstioBuckets.quantile(0.99, counts)).isEqualTo(3_600_000);
  }

  @Test
  void noObservationsIsNaN() {
    assertThat(IstioBuckets.quantile(0.99, new long[IstioBuckets.COUNT])).isNaN();
  }

  private static double p99OfLognormal(double factor) {
    SplittableRandom random = new SplittableRandom(3);
    long[] counts = new long[IstioBuckets.COUNT];
    for (int i = 0; i < 2_000_000; i++) {
      counts[IstioBuckets.bucket(Math.log(50 * factor) + 0.5 * random.nextGaussian())]++;
    }
    return IstioBuckets.quantile(0.99, counts);
  }
}
