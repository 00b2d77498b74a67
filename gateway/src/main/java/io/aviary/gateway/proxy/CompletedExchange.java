package io.aviary.gateway.proxy;

import io.aviary.routing.RouteRef;
import io.aviary.routing.Target;
import org.jspecify.annotations.Nullable;

/**
 * One request as it ended, for Istio's metrics and Envoy's access log. Bytes are wire bytes as Envoy counts
 * them: headers and body, received from and sent to the client.
 *
 * @param endpoint the endpoint of the last attempt, or {@code null} when no upstream was chosen (404, 503 NC)
 * @param target the routed destination, or {@code null} when nothing was routed
 */
public record CompletedExchange(
    long startEpochMillis,
    long durationNanos,
    String method,
    String path,
    String protocol,
    String authority,
    int responseCode,
    String responseFlags,
    long requestBytes,
    long responseBytes,
    @Nullable Target target,
    @Nullable UpstreamEndpoint endpoint,
    @Nullable RouteRef route,
    @Nullable String requestId,
    @Nullable String userAgent,
    @Nullable String forwardedFor,
    String downstreamRemoteAddress,
    String downstreamLocalAddress,
    int attempts) {

  public double durationMillis() {
    return durationNanos / 1_000_000.0;
  }
}
