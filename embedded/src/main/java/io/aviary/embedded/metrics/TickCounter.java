package io.aviary.embedded.metrics;

import io.aviary.controller.observe.LatencyCounts;
import io.aviary.controller.observe.TrafficSample;
import io.aviary.controller.observe.VersionTraffic;
import io.aviary.gateway.telemetry.subset.Latencies;
import io.aviary.gateway.telemetry.subset.Outcome;
import io.aviary.gateway.telemetry.subset.SubsetKey;
import io.aviary.gateway.telemetry.subset.SubsetTelemetry;
import io.aviary.gateway.telemetry.subset.TickCursor;
import io.aviary.gateway.telemetry.subset.TrafficSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One canary's exact per-tick counts for both versions. Each subset gets a cursor the first time it is asked
 * for, so the first tick after a promotion (when the subsets change roles) starts from zero, never from the
 * version's whole history. Not thread-safe: it belongs to one canary's tick loop.
 */
public final class TickCounter {

  private final SubsetTelemetry telemetry;
  private final String namespace;
  private final String host;
  private final Map<String, TickCursor> cursors = new HashMap<>();

  public TickCounter(SubsetTelemetry telemetry, String namespace, String host) {
    this.telemetry = telemetry;
    this.namespace = namespace;
    this.host = host;
  }

  public TrafficSample next(String stableSubset, String canarySubset, int canaryWeight) {
    return new TrafficSample(next(stableSubset), next(canarySubset), canaryWeight);
  }

  private VersionTraffic next(String subset) {
    TickCursor cursor = cursors.computeIfAbsent(subset,
        name -> telemetry.series(new SubsetKey(namespace, host, name)).cursor());
    TrafficSummary tick = cursor.next();
    return new VersionTraffic(tick.requests(), tick.counts().count(Outcome.SERVER_ERROR),
        new GatewayLatencies(tick.latencies()));
  }

  /** The gateway's latency histogram as the analysis reads it. */
  private record GatewayLatencies(Latencies latencies) implements LatencyCounts {

    @Override
    public long count() {
      return latencies.count();
    }

    @Override
    public long countSlowerThan(double thresholdMillis) {
      return latencies.countSlowerThan(thresholdMillis);
    }

    @Override
    public OptionalDouble percentileMillis(double percentile) {
      return latencies.percentileMillis(percentile);
    }
  }
}
