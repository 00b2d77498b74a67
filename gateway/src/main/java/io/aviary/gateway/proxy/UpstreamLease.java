package io.aviary.gateway.proxy;

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

  UpstreamLease NONE = new UpstreamLease() {
    @Override
    public void responded(int status) {}

    @Override
    public void failed() {}

    @Override
    public void abandoned() {}
  };
}
