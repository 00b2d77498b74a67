package io.aviary.gateway.proxy;

/**
 * Whoever is using an upstream connection right now: a request's {@link UpstreamAttempt} or a
 * {@link MirrorRequest}. The connection's {@link UpstreamHandler} passes it everything the upstream sends.
 * Called on the connection's event loop only.
 */
interface UpstreamOwner {

  /** A response head or body part; the owner releases it. */
  void upstreamRead(Object msg);

  void upstreamReadComplete();

  void upstreamWritabilityChanged(boolean writable);

  /** The connection closed while this owner used it. */
  void upstreamClosed();
}
