package io.aviary.gateway.telemetry;

import io.aviary.gateway.telemetry.istio.DestinationSeries;
import io.aviary.gateway.telemetry.subset.SubsetSeries;
import org.jspecify.annotations.Nullable;

/**
 * Everything a completed request to one destination updates, bound in advance: the Istio series of the endpoint
 * identity and, when the route named a subset, that subset's series (also for 503 {@code UH} with no endpoint, so
 * the controller sees a canary that cannot be reached). Immutable, thread-safe, allocation-free to record through.
 *
 * @param istio the Istio metric series of the destination
 * @param subset the controller's series of the routed subset; null when no route matched (404 {@code NR})
 */
public record EndpointTelemetry(DestinationSeries istio, @Nullable SubsetSeries subset) {

  /**
   * Records one completed request.
   *
   * @param responseCode the status sent downstream, 0 if none was sent
   * @param responseFlags Envoy short flags, {@code -} when none (use the constants of {@code ResponseFlags})
   * @param durationMillis request start to last response byte
   * @param requestBytes downstream wire bytes received
   * @param responseBytes downstream wire bytes sent
   */
  public void record(
      int responseCode, String responseFlags, double durationMillis, long requestBytes, long responseBytes) {
    istio.record(responseCode, responseFlags, durationMillis, requestBytes, responseBytes);
    SubsetSeries routed = subset;
    if (routed != null) {
      routed.record(responseCode, responseFlags, durationMillis);
    }
  }
}
