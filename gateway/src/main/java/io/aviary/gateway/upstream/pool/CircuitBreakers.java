package io.aviary.gateway.upstream.pool;

import io.aviary.gateway.upstream.policy.ConnectionLimits;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Envoy's circuit breakers for one cluster: a counter per {@link PoolResource} against the cluster's
 * {@link ConnectionLimits}. The counters are cluster-wide, as Envoy's thresholds are (Istio's documentation
 * says "per upstream host", but it configures cluster thresholds). Lock-free; a permit is taken with one
 * compare-and-set loop.
 */
public final class CircuitBreakers {

  private final ConnectionLimits limits;
  private final Map<PoolResource, AtomicLong> inUse = new EnumMap<>(PoolResource.class);

  public CircuitBreakers(ConnectionLimits limits) {
    this.limits = limits;
    for (PoolResource resource : PoolResource.values()) {
      inUse.put(resource, new AtomicLong());
    }
  }

  /** Takes one unit of {@code resource} unless its limit is reached. */
  public Admission tryAcquire(PoolResource resource) {
    AtomicLong counter = inUse.get(resource);
    long limit = limitOf(resource);
    while (true) {
      long current = counter.get();
      if (current >= limit) {
        return new Admission.Overflow(resource, limit);
      }
      if (counter.compareAndSet(current, current + 1)) {
        return new Admission.Admitted(new Permit(resource, counter));
      }
    }
  }

  public long inUse(PoolResource resource) {
    return inUse.get(resource).get();
  }

  public long limitOf(PoolResource resource) {
    return switch (resource) {
      case CONNECTION -> limits.maxConnections();
      case PENDING_REQUEST -> limits.maxPendingRequests();
      case ACTIVE_REQUEST -> limits.maxRequests();
      case ACTIVE_RETRY -> limits.maxRetries();
    };
  }

  /** Requests one upstream connection may carry before the proxy closes it; 0 means unlimited. */
  public int maxRequestsPerConnection() {
    return limits.maxRequestsPerConnection();
  }
}
