package io.aviary.gateway.proxy;

import io.aviary.routing.RouteDecision;
import java.util.random.RandomGenerator;

/**
 * One applied configuration as the proxy sees it: how to route and where endpoints are. A request uses the
 * snapshot current when it arrived until it ends, so a reload never changes a request halfway.
 */
public interface RoutingSnapshot {

  /** Routes a request that arrived on a listener; the snapshot knows which Gateways serve that port. */
  RouteDecision decide(ProxyRequest request, RandomGenerator random);

  UpstreamChooser upstreams();

  /** The configuration version, for logs and {@code /config_dump}. */
  long version();
}
