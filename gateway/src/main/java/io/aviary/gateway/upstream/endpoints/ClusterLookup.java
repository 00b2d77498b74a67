package io.aviary.gateway.upstream.endpoints;

/**
 * The answer to "which cluster serves this destination": a cluster (which may have no endpoints: the proxy
 * answers 503 {@code UH}) or none at all (503 {@code NC}, e.g. a route names a subset no DestinationRule
 * defines yet). Keeping the two apart is what lets telemetry tell a misconfiguration from an outage.
 */
public sealed interface ClusterLookup {

  /** The cluster exists; its endpoint list may be empty. */
  record Found(ClusterDefinition cluster) implements ClusterLookup {}

  /** No such cluster; {@code reason} says which part of the key matched nothing. */
  record Unknown(String reason) implements ClusterLookup {}
}
