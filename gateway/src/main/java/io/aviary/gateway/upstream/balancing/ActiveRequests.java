package io.aviary.gateway.upstream.balancing;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Requests in flight per endpoint of one cluster, which the least-request balancer compares. Lock-free; the
 * proxy calls {@link #started} when it sends a request and {@link #finished} exactly once when it ends.
 */
public final class ActiveRequests {

  private final AtomicIntegerArray counts;

  public ActiveRequests(int endpointCount) {
    this.counts = new AtomicIntegerArray(endpointCount);
  }

  public void started(int endpoint) {
    counts.incrementAndGet(endpoint);
  }

  public void finished(int endpoint) {
    counts.decrementAndGet(endpoint);
  }

  public int get(int endpoint) {
    return counts.get(endpoint);
  }

  public int size() {
    return counts.length();
  }
}
