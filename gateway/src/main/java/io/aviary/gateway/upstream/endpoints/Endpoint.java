package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.ResourceId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One upstream endpoint of a cluster. Immutable; shared by every cluster that selects it.
 *
 * @param target address and endpoint port (already mapped from the service port)
 * @param weight relative load-balancing weight, at least 1 (WorkloadEntry {@code weight}, default 1)
 * @param labels the labels subsets select on (the WorkloadEntry spec's labels)
 * @param source the WorkloadEntry, or the ServiceEntry that lists the endpoint inline
 * @param identity what telemetry reports as the destination
 * @param healthCheckPath the HTTP path the proxy probes for readiness ({@code aviary.io/health-path}), or
 *     {@code null} when the endpoint is not probed and therefore always ready
 */
public record Endpoint(
    EndpointTarget target,
    int weight,
    Map<String, String> labels,
    ResourceId source,
    WorkloadIdentity identity,
    @Nullable String healthCheckPath) {

  /** Annotation on a WorkloadEntry asking the proxy to probe this path before sending traffic. */
  public static final String HEALTH_PATH_ANNOTATION = "aviary.io/health-path";

  public Endpoint {
    labels = Map.copyOf(labels);
    if (weight < 1) {
      throw new IllegalArgumentException("weight: " + weight + " of " + source + " (expected: >= 1)");
    }
  }

  public EndpointAddress address() {
    return target.address();
  }

  public int port() {
    return target.port();
  }

  public boolean isProbed() {
    return healthCheckPath != null;
  }

  /** Whether the endpoint's labels include every subset label with the same value. */
  public boolean hasLabels(Map<String, String> required) {
    for (var entry : required.entrySet()) {
      if (!entry.getValue().equals(labels.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
