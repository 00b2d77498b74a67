package io.aviary.simulation.telemetry;

import io.aviary.simulation.traffic.VersionSecond;
import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * The canary's Istio series ({@code istio_requests_total} split by 5xx, the duration buckets) per second for the
 * last {@code capacity} seconds, answering Flagger's two built-in queries over a trailing window the way Prometheus
 * does: {@code rate()} ratios are ratios of increases, and an empty window is no value at all.
 */
public final class CanaryWindow {

  private final int capacity;
  private final long[] requests;
  private final long[] errors;
  private final long[][] buckets;
  private int seconds;
  private boolean everServed;

  public CanaryWindow(int capacitySeconds) {
    this.capacity = Math.max(1, capacitySeconds);
    this.requests = new long[capacity];
    this.errors = new long[capacity];
    this.buckets = new long[capacity][IstioBuckets.COUNT];
  }

  /** Appends the next second of the canary's traffic. */
  public void record(VersionSecond canary) {
    int slot = seconds % capacity;
    requests[slot] = canary.requests();
    errors[slot] = canary.errors();
    long[] counts = buckets[slot];
    Arrays.fill(counts, 0);
    for (int i = 0; i < canary.requests(); i++) {
      counts[IstioBuckets.bucket(canary.lnLatency(i))]++;
    }
    everServed |= canary.requests() > 0;
    seconds++;
  }

  /** Whether the canary's series exist at all (it has served a request since the run began). */
  public boolean everServed() {
    return everServed;
  }

  /** {@code request-success-rate}: percent of non-5xx requests in the last {@code window} seconds. */
  public OptionalDouble successRate(int window) {
    long total = 0;
    long failed = 0;
    for (int slot : slots(window)) {
      total += requests[slot];
      failed += errors[slot];
    }
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * (total - failed) / total);
  }

  /** {@code request-duration}: the interpolated p99 in ms over the last {@code window} seconds. */
  public OptionalDouble p99(int window) {
    long[] sum = new long[IstioBuckets.COUNT];
    long total = 0;
    for (int slot : slots(window)) {
      total += requests[slot];
      for (int b = 0; b < sum.length; b++) {
        sum[b] += buckets[slot][b];
      }
    }
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of(IstioBuckets.quantile(0.99, sum));
  }

  private int[] slots(int window) {
    int span = Math.min(Math.min(window, capacity), seconds);
    int[] slots = new int[span];
    for (int i = 0; i < span; i++) {
      slots[i] = (seconds - 1 - i) % capacity;
    }
    return slots;
  }
}
