package io.aviary.gateway.proxy;

/**
 * One upstream connection counted against its cluster's {@code maxConnections}; released once, when the
 * connection closes. Implementations must tolerate release from any event loop.
 */
@FunctionalInterface
public interface ConnectionSlot {

  void release();

  /** For clusters without a connection limit: nothing is counted. */
  ConnectionSlot UNCOUNTED = () -> {};
}
