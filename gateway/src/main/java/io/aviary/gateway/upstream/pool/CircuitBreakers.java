package io.aviary.gateway.upstream.pool;

import io.aviary.gateway.upstream.policy.ConnectionLimits;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Envoy's circuit breakers for one cluster: a counter per {@link PoolResource} against the cluster's
 * {@link ConnectionLimits}. The counters are cluster-wide, as Envoy's thresholds are (Istio's documentation
 * says "per upstream host", but it configures cluster thresholds). Lock-free; a permit is taken with one
 * compare-and-set loop.
 */
public final class CircuitBreakers {

  private static final Runnable NOTHING = () -> { };

  private final ConnectionLimits limits;
  private final Map<PoolResource, AtomicLong> inUse = new EnumMap<>(PoolResource.class);
  private final ConcurrentLinkedQueue<BooleanSupplier> connectionWaiters = new ConcurrentLinkedQueue<>();

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
        return new Admission.Admitted(new Permit(resource, counter,
            resource == PoolResource.CONNECTION ? this::wakeConnectionWaiter : NOTHING));
      }
    }
  }

  /**
   * Queues a pending request (Envoy's {@code http1MaxPendingRequests}) until a connection slot frees:
   * {@code wake} is called, on the releasing thread, and answers whether it still wanted the slot; one that no
   * longer waits passes it to the next. Checks once more after queueing, so a slot freed in between is not lost.
   */
  public void awaitConnection(BooleanSupplier wake) {
    connectionWaiters.add(wake);
    if (inUse(PoolResource.CONNECTION) < limitOf(PoolResource.CONNECTION)) {
      wakeConnectionWaiter();
    }
  }

  /** Forgets a waiter that found a connection another way or gave up. */
  public void stopAwaiting(BooleanSupplier wake) {
    connectionWaiters.remove(wake);
  }

  /** Offers a free connection slot to the first waiter that still wants one. */
  public void wakeConnectionWaiter() {
    for (BooleanSupplier waiter = connectionWaiters.poll(); waiter != null; waiter = connectionWaiters.poll()) {
      if (waiter.getAsBoolean()) {
        return;
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
