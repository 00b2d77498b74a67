package io.aviary.gateway.proxy;

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
