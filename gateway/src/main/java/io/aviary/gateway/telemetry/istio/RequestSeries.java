package io.aviary.gateway.telemetry.istio;

/**
 * Everything one completed request with a given destination, response code and flags updates: the label set the
 * gateway reports as {@code source}. The {@code destination} report (standing in for the server-side sidecar that
 * embedded mode lacks) carries the same counts and is written from these at scrape time. Immutable and thread-safe.
 */
public record RequestSeries(ReporterSeries source) {

  /** Records one completed request. */
  public void record(double durationMillis, long requestBytes, long responseBytes) {
    source.record(durationMillis, requestBytes, responseBytes);
  }
}
