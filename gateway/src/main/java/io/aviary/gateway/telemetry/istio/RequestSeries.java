package io.aviary.gateway.telemetry.istio;

/**
 * Everything one completed request with a given destination, response code and flags updates: the same label set
 * reported once as {@code source} (the gateway's own view) and once as {@code destination} (standing in for the
 * server-side sidecar that embedded mode lacks). Immutable and thread-safe.
 */
public record RequestSeries(ReporterSeries source, ReporterSeries destination) {

  /** Records one completed request under both reporters. */
  public void record(double durationMillis, long requestBytes, long responseBytes) {
    source.record(durationMillis, requestBytes, responseBytes);
    destination.record(durationMillis, requestBytes, responseBytes);
  }
}
