package io.aviary.gateway.telemetry.subset;

import java.time.Duration;

/**
 * Everything one subset has served since it was first seen, read at {@code readAtNanos} of the telemetry's clock.
 * Two readings subtract exactly ({@link #since(CumulativeTraffic)}): unlike windows they never lose or double-count a
 * request at slot boundaries, which a per-tick sequential test needs. Immutable.
 */
public record CumulativeTraffic(long readAtNanos, StatusCounts counts, Latencies latencies) {

  /** What was served between {@code earlier} and this reading. */
  public TrafficSummary since(CumulativeTraffic earlier) {
    return new TrafficSummary(
        Duration.ofNanos(readAtNanos - earlier.readAtNanos),
        counts.minus(earlier.counts),
        latencies.minus(earlier.latencies));
  }
}
