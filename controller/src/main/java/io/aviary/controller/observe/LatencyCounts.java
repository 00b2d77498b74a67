package io.aviary.controller.observe;

import io.aviary.analysis.LatencyView;
import java.util.OptionalDouble;

/**
 * The latencies of one version's requests in one tick, as far as the analysis needs them: how many there were, how
 * many were slower than a threshold (the sequential latency test counts exceedances), and percentiles for display.
 * The judge's own {@link LatencyView}, so a tick's latencies reach it without copying; implementations come from the
 * gateway's histograms, from Prometheus buckets or from a simulator.
 */
public interface LatencyCounts extends LatencyView {

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
}
