package io.aviary.gateway.upstream.pool;

/** What a cluster's circuit breakers count, each against its own {@code connectionPool} limit. */
public enum PoolResource {
  /** Open upstream connections ({@code tcp.maxConnections}). */
  CONNECTION,
  /** Requests waiting for a connection ({@code http.http1MaxPendingRequests}). */
  PENDING_REQUEST,
  /** Requests in flight ({@code http.http2MaxRequests}). */
  ACTIVE_REQUEST,
  /** Retries in flight ({@code http.maxRetries}). */
  ACTIVE_RETRY
}
