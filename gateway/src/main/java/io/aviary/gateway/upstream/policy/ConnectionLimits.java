package io.aviary.gateway.upstream.policy;

import io.aviary.model.istio.TrafficPolicy;
import org.jspecify.annotations.Nullable;

/**
 * A cluster's circuit-breaker thresholds from DestinationRule {@code connectionPool}. Istio puts these on every
 * cluster, with {@code 2^32-1} for anything unset or zero, so by default nothing overflows.
 *
 * @param maxConnections {@code tcp.maxConnections}
 * @param maxPendingRequests {@code http.http1MaxPendingRequests}
 * @param maxRequests {@code http.http2MaxRequests} (active requests, HTTP/1.1 and HTTP/2 alike)
 * @param maxRetries {@code http.maxRetries} (retries in flight across the cluster)
 * @param maxRequestsPerConnection {@code http.maxRequestsPerConnection}; 0 means unlimited, 1 disables keep-alive
 */
public record ConnectionLimits(
    long maxConnections, long maxPendingRequests, long maxRequests, long maxRetries, int maxRequestsPerConnection) {

  /** Istio's "unset" threshold, {@code 2^32-1}. */
  public static final long UNLIMITED = 4_294_967_295L;

  public static final ConnectionLimits DEFAULT = new ConnectionLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, 0);

  static ConnectionLimits from(TrafficPolicy.@Nullable ConnectionPool pool) {
    if (pool == null) {
      return DEFAULT;
    }
    TrafficPolicy.TcpSettings tcp = pool.tcp();
    TrafficPolicy.HttpSettings http = pool.http();
    return new ConnectionLimits(
        threshold(tcp == null ? null : tcp.maxConnections()),
        threshold(http == null ? null : http.http1MaxPendingRequests()),
        threshold(http == null ? null : http.http2MaxRequests()),
        threshold(http == null ? null : http.maxRetries()),
        http == null || http.maxRequestsPerConnection() == null ? 0 : Math.max(0, http.maxRequestsPerConnection()));
  }

  private static long threshold(@Nullable Integer configured) {
    return configured == null || configured <= 0 ? UNLIMITED : configured;
  }
}
