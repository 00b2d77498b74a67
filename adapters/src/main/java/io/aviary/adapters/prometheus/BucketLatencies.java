package io.aviary.adapters.prometheus;

import io.aviary.controller.observe.LatencyCounts;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One version's latencies in one tick as a Prometheus histogram knows them: the requests at or below each bucket
 * bound ({@code le}), cumulative, the last bucket {@code +Inf} holding them all. Nothing finer than a bucket is known,
 * so {@link #countSlowerThan} counts the requests above the smallest bound at or above the threshold: exact when the
 * threshold is a bound, otherwise it leaves out the requests between the threshold and that bound, which may or may
 * not have been slower. The count is therefore never more than the true one, so bucketing never makes a version look
 * slower than it was; both versions judged at one threshold are counted at the same bound, and the canary's
 * (tolerance-widened) threshold never rounds to a lower bound than the stable's.
 *
 * @param bounds the finite bucket bounds in milliseconds, ascending
 * @param atOrBelow the requests at or below each bound, non-decreasing
 * @param total the requests in the {@code +Inf} bucket, at least the last of {@code atOrBelow}
 */
record BucketLatencies(double[] bounds, long[] atOrBelow, long total) implements LatencyCounts {

  BucketLatencies {
    bounds = bounds.clone();
    atOrBelow = atOrBelow.clone();
    if (bounds.length != atOrBelow.length) {
      throw new IllegalArgumentException("%d bounds, %d counts (expected: as many counts as bounds)"
          .formatted(bounds.length, atOrBelow.length));
    }
  }

  /**
   * The buckets of one tick's {@code increase()}, by finite bound, and the {@code +Inf} bucket. Extrapolation makes
   * counts fractional and, when a bucket's series appeared during the tick, not quite cumulative: as Prometheus'
   * {@code histogram_quantile} does, each bucket is raised to the one below it, then counts are rounded to whole
   * requests (rounding keeps them non-decreasing).
   */
  static BucketLatencies of(Map<Double, Double> finiteBuckets, double infBucket) {
    TreeMap<Double, Double> sorted = new TreeMap<>(finiteBuckets);
    double[] bounds = new double[sorted.size()];
    long[] counts = new long[sorted.size()];
    double running = 0;
    int i = 0;
    for (Map.Entry<Double, Double> bucket : sorted.entrySet()) {
      running = Math.max(running, bucket.getValue());
      bounds[i] = bucket.getKey();
      counts[i++] = Math.round(running);
    }
    return new BucketLatencies(bounds, counts, Math.round(Math.max(running, infBucket)));
  }

  @Override
  public double[] bounds() {
    return bounds.clone();
  }

  @Override
  public long[] atOrBelow() {
    return atOrBelow.clone();
  }

  @Override
  public long count() {
    return total;
  }

  /** Requests above the smallest bucket bound at or above {@code thresholdMillis}; none above the largest bound. */
  @Override
  public long countSlowerThan(double thresholdMillis) {
    if (thresholdMillis < 0) {
      return total;
    }
    for (int i = 0; i < bounds.length; i++) {
      if (bounds[i] >= thresholdMillis) {
        return total - atOrBelow[i];
      }
    }
    // Above the largest finite bound only the +Inf bucket is left, whose requests may all be faster than the threshold.
    return 0;
  }

  /**
   * The percentile as Prometheus' {@code histogram_quantile} interpolates it: linearly within the bucket holding the
   * rank, the first bucket starting at 0, and the largest finite bound when the rank falls in {@code +Inf}.
   */
  @Override
  public OptionalDouble percentileMillis(double percentile) {
    if (!(percentile >= 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile: %s (expected: 0..100)".formatted(percentile));
    }
    if (total == 0 || bounds.length == 0) {
      return OptionalDouble.empty();
    }
    double rank = percentile / 100 * total;
    int b = 0;
    while (b < bounds.length && atOrBelow[b] < rank) {
      b++;
    }
    if (b == bounds.length) {
      return OptionalDouble.of(bounds[bounds.length - 1]);
    }
    double start = b == 0 ? 0 : bounds[b - 1];
    long below = b == 0 ? 0 : atOrBelow[b - 1];
    long inBucket = atOrBelow[b] - below;
    double fraction = inBucket == 0 ? 0 : (rank - below) / inBucket;
    return OptionalDouble.of(start + (bounds[b] - start) * fraction);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BucketLatencies that && total == that.total && Arrays.equals(bounds, that.bounds)
        && Arrays.equals(atOrBelow, that.atOrBelow);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(bounds) + Arrays.hashCode(atOrBelow)) + Long.hashCode(total);
  }

  @Override
  public String toString() {
    return "BucketLatencies[bounds=%s, atOrBelow=%s, total=%d]"
        .formatted(Arrays.toString(bounds), Arrays.toString(atOrBelow), total);
  }
}
