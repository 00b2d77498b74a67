package io.aviary.gateway.proxy;

/** The result of choosing an endpoint for a routed request; each failure has Envoy's status and flag. */
public sealed interface UpstreamChoice {

  /** An endpoint, with the lease that must be returned exactly once when the attempt ends. */
  record Chosen(UpstreamEndpoint endpoint, UpstreamLease lease) implements UpstreamChoice {}

  /** No cluster for that host, port and subset: Envoy's 503 {@code NC}. */
  record UnknownCluster(String cluster) implements UpstreamChoice {}

  /** The cluster exists but has no healthy endpoint: 503 {@code UH}. */
  record NoHealthyEndpoint(String cluster) implements UpstreamChoice {}

  /** A connection-pool limit (circuit breaker) is reached: 503 {@code UO}. */
  record Overflow(String cluster) implements UpstreamChoice {}
}
