package io.aviary.analysis;

import java.util.OptionalDouble;

/** One version's latencies in one tick, as far as the judge reads them (gateway histograms, Prometheus buckets). */
public interface LatencyView {

  LatencyView NONE = new LatencyView() {
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

  long countSlowerThan(double thresholdMillis);

  /** The {@code percentile} (0..100) latency, empty without requests. */
  OptionalDouble percentileMillis(double percentile);
}
