package io.aviary.gateway.upstream.health;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.endpoints.EndpointTarget;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Readiness of probed endpoints, as the proxy's active probes report it. Shared by every cluster (one endpoint
 * can serve several: the whole service and its subsets) and keyed by target, so it survives index rebuilds.
 *
 * <p>An endpoint without {@code aviary.io/health-path} is always ready. A probed endpoint is not ready until a
 * probe says so, as Kubernetes treats a pod before its first readiness probe. Thread-safe.
 */
public final class ReadinessBoard {

  private final Set<EndpointTarget> ready = ConcurrentHashMap.newKeySet();

  public void markReady(EndpointTarget target) {
    ready.add(target);
  }

  public void markNotReady(EndpointTarget target) {
    ready.remove(target);
  }

  public boolean isReady(Endpoint endpoint) {
    return !endpoint.isProbed() || ready.contains(endpoint.target());
  }

  /** Forgets endpoints no longer configured, so one that comes back starts not ready again. */
  public void retainOnly(Set<EndpointTarget> configured) {
    ready.retainAll(configured);
  }
}
