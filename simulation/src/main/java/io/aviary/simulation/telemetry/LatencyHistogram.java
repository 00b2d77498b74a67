package io.aviary.simulation.telemetry;

import io.aviary.controller.observe.LatencyCounts;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Latencies in log-spaced buckets 2 % wide from 1 ms to about 150 s (values outside go to the end buckets), filled
 * from log latencies without an exp per request. Quantiles interpolate within a bucket (error under 1 %). A
 * threshold is rounded up to the next bucket edge, for every version alike, so comparisons between versions at
 * the same threshold stay exact.
 */
public final class LatencyHistogram {

  static final double WIDTH = Math.log(1.02);
  static final int BUCKETS = 600;

  private final long[] counts;
  private long total;

  public LatencyHistogram() {
    this(new long[BUCKETS], 0);
  }

  private LatencyHistogram(long[] counts, long total) {
    this.counts = counts;
    this.total = total;
  }

  public void record(double lnMillis) {
    counts[bucket(lnMillis)]++;
    total++;
  }

  public void clear() {
    Arrays.fill(counts, 0);
    total = 0;
  }

  public long count() {
    return total;
  }

  /** Requests in buckets that start at or above {@code millis} rounded up to a bucket edge. */
  public long countSlowerThan(double millis) {
    if (millis <= 0) {
      return total;
    }
    int first = (int) Math.ceil(Math.log(millis) / WIDTH - 1e-9);
    long slower = 0;
    for (int i = Math.max(0, first); i < BUCKETS; i++) {
      slower += counts[i];
    }
    return slower;
  }

  /** The {@code fraction} (0..1) quantile in milliseconds, NaN without requests. */
  public double quantile(double fraction) {
    if (total == 0) {
      return Double.NaN;
    }
    double rank = fraction * total;
    long below = 0;
    for (int i = 0; i < BUCKETS; i++) {
      if (counts[i] > 0 && below + counts[i] >= rank) {
        double within = Math.max(0, rank - below) / counts[i];
        return Math.exp((i + within) * WIDTH);
      }
      below += counts[i];
    }
    return Math.exp(BUCKETS * WIDTH);
  }

  /** An immutable copy, as the controller's per-tick {@link LatencyCounts}. */
  public LatencyCounts snapshot() {
    LatencyHistogram copy = new LatencyHistogram(counts.clone(), total);
    return new LatencyCounts() {
      @Override
      public long count() {
        return copy.count();
      }

      @Override
      public long countSlowerThan(double thresholdMillis) {
        return copy.countSlowerThan(thresholdMillis);
      }

      @Override
      public OptionalDouble percentileMillis(double percentile) {
        return copy.total == 0 ? OptionalDouble.empty()
            : OptionalDouble.of(copy.quantile(percentile / 100));
      }
    };
  }

  private static int bucket(double lnMillis) {
    int index = (int) Math.floor(lnMillis / WIDTH);
    return index < 0 ? 0 : Math.min(index, BUCKETS - 1);
  }
}
