package io.aviary.gateway.proxy;

import io.aviary.routing.RouteRef;
import io.aviary.routing.Target;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * One request as it ended, for Istio's metrics and Envoy's access log. Bytes are wire bytes as Envoy counts
 * them: headers and body, received from and sent to the client.
 *
 * @param requestHeaders the request's headers as sent upstream; not changed after the exchange ends, so
 *     observers may read them on the event loop that reported the exchange
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
    HttpHeaders requestHeaders,
    String downstreamRemoteAddress,
    String downstreamLocalAddress,
    int attempts) {

  /** {@code x-request-id} as sent upstream; read only by consumers that want it (the access log). */
  public @Nullable String requestId() {
    return requestHeaders.get(UpstreamRequestHead.REQUEST_ID);
  }

  public @Nullable String userAgent() {
    return requestHeaders.get(HttpHeaderNames.USER_AGENT);
  }

  public @Nullable String forwardedFor() {
    return requestHeaders.get(UpstreamRequestHead.FORWARDED_FOR);
  }

  public double durationMillis() {
    return durationNanos / 1_000_000.0;
  }
}
