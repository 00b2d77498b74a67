package io.aviary.gateway.upstream.pool;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One admitted unit of a {@link PoolResource}. Releasing is idempotent, so an error path that releases twice
 * cannot make room that was never taken. Thread-safe.
 */
public final class Permit implements AutoCloseable {

  private final PoolResource resource;
  private final AtomicLong counter;
  private final Runnable afterRelease;
  private final AtomicBoolean released = new AtomicBoolean();

  Permit(PoolResource resource, AtomicLong counter, Runnable afterRelease) {
    this.resource = resource;
    this.counter = counter;
    this.afterRelease = afterRelease;
  }

  public PoolResource resource() {
    return resource;
  }

  /** Gives the unit back; later calls do nothing. */
  public void release() {
    if (released.compareAndSet(false, true)) {
      counter.decrementAndGet();
      afterRelease.run();
    }
  }

  @Override
  public void close() {
    release();
  }
}
