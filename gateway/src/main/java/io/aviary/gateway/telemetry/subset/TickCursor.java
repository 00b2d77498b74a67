package io.aviary.gateway.telemetry.subset;

/**
 * Per-tick increments of one subset for a sequential analyzer: each {@link #next()} returns exactly the requests
 * completed since the previous call (or since the cursor was created), with their latencies for exceedance counts.
 * Built on cumulative totals, so no request is lost or counted twice however ticks and slots align.
 *
 * <p>Not thread-safe: one cursor belongs to one analysis loop.
 */
public final class TickCursor {

  private final SubsetSeries series;
  private CumulativeTraffic previous;

  TickCursor(SubsetSeries series) {
    this.series = series;
    this.previous = series.totals();
  }

  /** What the subset served since the previous call. */
  public TrafficSummary next() {
    CumulativeTraffic current = series.totals();
    TrafficSummary increment = current.since(previous);
    previous = current;
    return increment;
  }
}
