package io.aviary.analysis;

import java.util.Arrays;

/**
 * Each version's requests since the run began, and how many of them were slower than each rung of a fixed ladder of
 * latencies around the primary's p99 at the start ({@code baseMillis}); what the p99 confidence sequences are read
 * from (see {@link QuantileSequence}). Arrays are copied in and out, so the record stays immutable.
 */
public record LatencyLadder(
    double baseMillis, long stableTotal, long[] stableSlower, long canaryTotal, long[] canarySlower) {

  public LatencyLadder {
    stableSlower = stableSlower.clone();
    canarySlower = canarySlower.clone();
  }

  @Override
  public long[] stableSlower() {
    return stableSlower.clone();
  }

  @Override
  public long[] canarySlower() {
    return canarySlower.clone();
  }

  long[] stableView() {
    return stableSlower;
  }

  long[] canaryView() {
    return canarySlower;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LatencyLadder that && Double.compare(baseMillis, that.baseMillis) == 0
        && stableTotal == that.stableTotal && canaryTotal == that.canaryTotal
        && Arrays.equals(stableSlower, that.stableSlower) && Arrays.equals(canarySlower, that.canarySlower);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(stableSlower) + Arrays.hashCode(canarySlower) + Long.hashCode(canaryTotal);
  }

  @Override
  public String toString() {
    return "LatencyLadder[base %sms, stable %d, canary %d]".formatted(baseMillis, stableTotal, canaryTotal);
  }
}
