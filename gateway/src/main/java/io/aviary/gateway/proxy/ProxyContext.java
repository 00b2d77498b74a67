package io.aviary.gateway.proxy;

import io.aviary.gateway.transport.Transport;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * What every connection of a listener shares: the current routing snapshot, the observer of completed
 * exchanges, limits, and the upstream pools (one per event loop, created on first use by that loop).
 */
public final class ProxyContext {

  private final Supplier<RoutingSnapshot> snapshots;
  private final ExchangeObserver observer;
  private final ProxyLimits limits;
  private final Transport transport;
  private final FastThreadLocal<UpstreamPool> pools = new FastThreadLocal<>();
  private final LongAdder mirrorsSkipped = new LongAdder();

  public ProxyContext(
      Supplier<RoutingSnapshot> snapshots, ExchangeObserver observer, ProxyLimits limits, Transport transport) {
    this.snapshots = snapshots;
    this.observer = observer;
    this.limits = limits;
    this.transport = transport;
  }

  RoutingSnapshot snapshot() {
    return snapshots.get();
  }

  ExchangeObserver observer() {
    return observer;
  }

  ProxyLimits limits() {
    return limits;
  }

  /** Mirror copies not sent because the request body was larger than the retry buffer. Thread-safe. */
  public long mirrorsSkipped() {
    return mirrorsSkipped.sum();
  }

  void mirrorSkipped() {
    mirrorsSkipped.increment();
  }

  /** The pool of the calling event loop; must be called on {@code loop}. */
  UpstreamPool poolFor(EventLoop loop) {
    UpstreamPool pool = pools.get();
    if (pool == null) {
      pool = new UpstreamPool(loop, transport, limits);
      pools.set(pool);
    }
    return pool;
  }
}
