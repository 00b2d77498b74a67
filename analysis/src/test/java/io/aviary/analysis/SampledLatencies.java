package io.aviary.analysis;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Latencies of one version in one simulated tick, kept sorted so exceedances are a binary search. */
final class SampledLatencies implements LatencyView {

  private final double[] sorted;

  SampledLatencies(double[] millis) {
    this.sorted = millis.clone();
    Arrays.sort(sorted);
  }

  @Override
  public long count() {
    return sorted.length;
  }

  @Override
  public long countSlowerThan(double thresholdMillis) {
    int index = Arrays.binarySearch(sorted, thresholdMillis);
    int atOrBelow = index >= 0 ? upperBound(index) : -index - 1;
    return sorted.length - atOrBelow;
  }

  private int upperBound(int index) {
    int end = index;
    while (end < sorted.length && sorted[end] == sorted[index]) {
      end++;
    }
    return end;
  }

  @Override
  public OptionalDouble percentileMillis(double percentile) {
    if (sorted.length == 0) {
      return OptionalDouble.empty();
    }
    int rank = (int) Math.ceil(percentile / 100 * sorted.length);
    return OptionalDouble.of(sorted[Math.max(0, rank - 1)]);
  }
}
