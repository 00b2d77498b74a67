package io.aviary.gateway.telemetry.subset;

import java.time.Duration;

/**
 * What one subset served over a period: a sliding window ({@link SubsetSeries#window(Duration)}) or the increment
 * between two readings ({@link CumulativeTraffic#since(CumulativeTraffic)}). Immutable.
 *
 * @param period the length of time covered
 * @param counts requests by status class
 * @param latencies their latency distribution
 */
public record TrafficSummary(Duration period, StatusCounts counts, Latencies latencies) {

  /** All requests in the period. */
  public long requests() {
    return counts.requests();
  }
}
