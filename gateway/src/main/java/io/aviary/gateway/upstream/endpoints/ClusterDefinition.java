package io.aviary.gateway.upstream.endpoints;

import io.aviary.gateway.upstream.policy.EffectivePolicy;
import io.aviary.model.ResourceId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cluster as configuration defines it: its endpoints (possibly none) and its effective traffic policy.
 * Immutable; runtime state (health, counters) lives elsewhere and is indexed by position in {@link #endpoints}.
 *
 * @param definedBy the Service or ServiceEntry that defines the host
 * @param destinationRule the DestinationRule whose policy and subset apply, if any
 */
public record ClusterDefinition(
    ClusterKey key,
    List<Endpoint> endpoints,
    EffectivePolicy policy,
    ResourceId definedBy,
    @Nullable ResourceId destinationRule) {

  public ClusterDefinition {
    endpoints = List.copyOf(endpoints);
  }

  public boolean hasEndpoints() {
    return !endpoints.isEmpty();
  }
}
