package io.aviary.simulation.traffic;

import java.util.Arrays;

/**
 * One version's requests in one simulated second: counts, and each request's latency as a natural log of
 * milliseconds (consumers bucket in log space without an exp or log per request). A buffer the generator refills
 * every second, not a value: read it before drawing the next second.
 */
public final class VersionSecond {

  private int requests;
  private int errors;
  private int slow;
  private double[] lnLatencies = new double[256];

  public int requests() {
    return requests;
  }

  public int errors() {
    return errors;
  }

  /** Requests slower than the baseline's p99 (160 ms): with errors, the "bad requests" users noticed. */
  public int slow() {
    return slow;
  }

  /** The natural log of request {@code index}'s latency in milliseconds, {@code 0 <= index < requests()}. */
  public double lnLatency(int index) {
    return lnLatencies[index];
  }

  void reset(int count) {
    requests = count;
    errors = 0;
    slow = 0;
    if (lnLatencies.length < count) {
      lnLatencies = Arrays.copyOf(lnLatencies, Math.max(count, 2 * lnLatencies.length));
    }
  }

  void set(int index, double lnMillis) {
    lnLatencies[index] = lnMillis;
  }

  void counts(int errorCount, int slowCount) {
    errors = errorCount;
    slow = slowCount;
  }
}
