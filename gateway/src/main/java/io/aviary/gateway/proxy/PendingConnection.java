package io.aviary.gateway.proxy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * An attempt waiting for a connection while its cluster is at {@code maxConnections}: Envoy's pending request,
 * counted against {@code http1MaxPendingRequests}. It is woken by whichever comes first, a connection slot freed
 * anywhere in the cluster or a connection to its endpoint returning to its own loop's pool, and then simply tries
 * again on its loop (and waits again if another request was quicker). A wakeup it no longer needs goes to the next
 * waiter, so none is lost. Used only from the attempt's event loop, except for the wake flag.
 */
final class PendingConnection {

  private final UpstreamLease lease;
  private final UpstreamPool pool;
  private final UpstreamEndpoint endpoint;
  private final Runnable retry;
  private UpstreamLease.@Nullable PendingAdmission admission;
  private @Nullable BooleanSupplier wake;

  PendingConnection(UpstreamLease lease, UpstreamPool pool, UpstreamEndpoint endpoint, Runnable retry) {
    this.lease = lease;
    this.pool = pool;
    this.endpoint = endpoint;
    this.retry = retry;
  }

  /** Waits (again) for a connection; false when the pending limit is reached, the request's 503 {@code UO}. */
  boolean await() {
    forgetWake();
    if (admission == null) {
      admission = lease.admitPending();
      if (admission == null) {
        return false;
      }
    }
    AtomicBoolean waiting = new AtomicBoolean(true);
    BooleanSupplier next = () -> {
      if (!waiting.compareAndSet(true, false)) {
        return false;
      }
      pool.loop().execute(retry);
      return true;
    };
    wake = next;
    pool.whenIdle(endpoint, next);
    lease.awaitConnection(next);
    return true;
  }

  /** The request found a connection or gave up: it is no longer pending, and nothing wakes it any more. */
  void end() {
    forgetWake();
    if (admission != null) {
      admission.release();
      admission = null;
    }
  }

  /** Whether the request still counts as pending (admitted, not yet ended). */
  boolean active() {
    return admission != null;
  }

  /** Takes the current waker out of both queues; a wakeup already under way still arrives and is passed on. */
  private void forgetWake() {
    BooleanSupplier current = wake;
    if (current != null) {
      wake = null;
      lease.stopAwaiting(current);
      pool.stopAwaitingIdle(endpoint, current);
    }
  }

  /** A wakeup arrived after the request gave up: offer the slot or idle connection to the next waiter. */
  void passOn() {
    lease.passConnectionWakeup();
    pool.wakeIdleWaiter(endpoint.hostPort());
  }
}
