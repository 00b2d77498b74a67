package io.aviary.gateway.telemetry.subset;

import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/**
 * An immutable latency distribution (HdrHistogram, two significant digits, recorded in microseconds and reported in
 * milliseconds). Percentiles are empty when nothing was recorded, so "no traffic" never reads as "fast" or "slow".
 */
public final class Latencies {

  /** Two significant digits: 1% relative error, HdrHistogram's compact setting. */
  static final int SIGNIFICANT_DIGITS = 2;

  private static final double MICROS_PER_MILLI = 1000.0;

  private final Histogram micros;

  private Latencies(Histogram micros) {
    this.micros = micros;
  }

  /** Wraps {@code micros}, which the caller hands over and never touches again. */
  static Latencies adopt(Histogram micros) {
    return new Latencies(micros);
  }

  static Latencies empty() {
    return new Latencies(new Histogram(SIGNIFICANT_DIGITS));
  }

  /** How many latencies were recorded. */
  public long count() {
    return micros.getTotalCount();
  }

  /** The latency at {@code percentile} (0-100] in milliseconds, e.g. 99 for p99; empty without requests. */
  public OptionalDouble percentileMillis(double percentile) {
    if (micros.getTotalCount() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(micros.getValueAtPercentile(percentile) / MICROS_PER_MILLI);
  }

  public OptionalDouble p50() {
    return percentileMillis(50);
  }

  public OptionalDouble p90() {
    return percentileMillis(90);
  }

  public OptionalDouble p99() {
    return percentileMillis(99);
  }

  /**
   * How many requests took longer than {@code thresholdMillis}: the exceedance count a sequential latency test feeds
   * on. Resolution is the histogram's (two significant digits), so values within 1% of the threshold may fall on
   * either side.
   */
  public long countSlowerThan(double thresholdMillis) {
    long threshold = (long) (thresholdMillis * MICROS_PER_MILLI);
    if (micros.getTotalCount() == 0 || threshold >= micros.getMaxValue()) {
      return 0;
    }
    return micros.getTotalCount() - micros.getCountBetweenValues(0, threshold);
  }

  /** This distribution minus an earlier reading of the same cumulative histogram. */
  public Latencies minus(Latencies earlier) {
    Histogram difference = micros.copy();
    difference.subtract(earlier.micros);
    return new Latencies(difference);
  }
}
