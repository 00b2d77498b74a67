package io.aviary.controller.observe;

import java.util.OptionalDouble;

/**
 * The latencies of one version's requests in one tick, as far as the analysis needs them: how many there were, how
 * many were slower than a threshold (the sequential latency test counts exceedances), and percentiles for display.
 * Implementations come from the gateway's histograms, from Prometheus buckets or from a simulator.
 */
public interface LatencyCounts {

  LatencyCounts NONE = new LatencyCounts() {
    @Override
    public long count() {
      return 0;
    }

    @Override
    public long countSlowerThan(double thresholdMillis) {
      return 0;
    }

    @Override
    public OptionalDouble percentileMillis(double percentile) {
      return OptionalDouble.empty();
    }
  };

  long count();

  /** Requests that took longer than {@code thresholdMillis}. */
  long countSlowerThan(double thresholdMillis);

  /** The {@code percentile} (0..100) latency, empty without requests. */
  OptionalDouble percentileMillis(double percentile);
}
