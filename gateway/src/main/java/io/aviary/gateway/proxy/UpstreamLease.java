package io.aviary.gateway.proxy;

import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * One attempt's hold on an endpoint: active-request counts for least-request balancing and circuit breakers,
 * and the outcome that outlier detection learns from. The proxy calls exactly one of the methods, once.
 */
public interface UpstreamLease {

  /** The endpoint answered with {@code status}. */
  void responded(int status);

  /** Connecting failed or the connection broke before a response: a gateway error for outlier detection. */
  void failed();

  /** The attempt was abandoned (client went away, timeout) without a verdict on the endpoint. */
  void abandoned();

  /**
   * Asks to open one more connection to the endpoint's cluster. Returns the slot to release when that connection
   * closes, or {@code null} when the cluster's {@code maxConnections} is reached (503 {@code UO}). Pooled idle
   * connections need no slot: they already hold one.
   */
  default @Nullable ConnectionSlot openConnection() {
    return ConnectionSlot.UNCOUNTED;
  }

  /**
   * Admits the request as pending while the cluster is at {@code maxConnections} (Envoy's
   * {@code http1MaxPendingRequests}); {@code null} when that limit is reached too (503 {@code UO}). Release the
   * answer when a connection is found or the request gives up.
   */
  default @Nullable PendingAdmission admitPending() {
    return null;
  }

  /** Calls {@code wake} (from any thread) when a connection slot of the cluster frees; see {@link #admitPending}. */
  default void awaitConnection(BooleanSupplier wake) {}

  /** Withdraws a {@code wake} registered with {@link #awaitConnection}. */
  default void stopAwaiting(BooleanSupplier wake) {}

  /** Hands a slot this request was woken for, but no longer needs, to the next pending request. */
  default void passConnectionWakeup() {}

  /** A pending request's place under {@code http1MaxPendingRequests}. */
  @FunctionalInterface
  interface PendingAdmission {
    void release();
  }

  /** Requests one upstream connection may carry before it is closed ({@code maxRequestsPerConnection}); 0: any. */
  default int maxRequestsPerConnection() {
    return 0;
  }

  UpstreamLease NONE = new UpstreamLease() {
    @Override
    public void responded(int status) {}

    @Override
    public void failed() {}

    @Override
    public void abandoned() {}
  };
}
