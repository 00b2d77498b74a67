package io.aviary.gateway.server;

import io.aviary.gateway.proxy.ProxyRequest;
import io.aviary.gateway.proxy.RoutingSnapshot;
import io.aviary.gateway.proxy.UpstreamChooser;
import io.aviary.model.ResourceId;
import io.aviary.model.istio.Gateway;
import io.aviary.routing.GatewayRouter;
import io.aviary.routing.NoRouteReason;
import io.aviary.routing.ProxyRef;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.RouteRef;
import io.aviary.routing.RouteTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Routing for the embedded gateway: a request on a port is routed at each Gateway serving that port in turn,
 * and the first that has a virtual host for it decides, as Envoy's merged route configuration for the port
 * would. The Gateways of each port are resolved once per configuration, not per request. A server with
 * {@code tls.httpsRedirect} answers its hosts with a 301 to https before any routing.
 */
public final class GatewaySnapshot implements RoutingSnapshot {

  private final long version;
  private final RouteTable routes;
  private final ListenerPlan listeners;
  private final UpstreamChooser upstreams;
  private final Map<Integer, List<GatewayRouter>> routersByPort = new HashMap<>();

  public GatewaySnapshot(long version, RouteTable routes, ListenerPlan listeners, UpstreamChooser upstreams) {
    this.version = version;
    this.routes = routes;
    this.listeners = listeners;
    this.upstreams = upstreams;
    for (int port : listeners.ports()) {
      routersByPort.put(port, listeners.gatewaysOn(port).stream()
          .map(routes::gatewayRouter)
          .flatMap(Optional::stream)
          .toList());
    }
  }

  @Override
  public RouteDecision decide(ProxyRequest request, RandomGenerator random) {
    List<GatewayRouter> routers = routersByPort.getOrDefault(request.port(), List.of());
    if (routers.isEmpty()) {
      return new RouteDecision.NoRoute(NoRouteReason.NO_SERVER_ON_PORT, "no Gateway serves port " + request.port());
    }
    ServedGateway redirecting = listeners.httpsRedirect(request.port(), request.authority());
    if (redirecting != null) {
      return toHttps(redirecting, request);
    }
    RouteDecision decision = null;
    for (GatewayRouter router : routers) {
      request.routeAt(router.gateway());
      decision = router.decide(request, random);
      if (!(decision instanceof RouteDecision.NoRoute noRoute) || noRoute.reason() == NoRouteReason.NO_MATCHING_RULE) {
        return decision;
      }
    }
    return decision;
  }

  @Override
  public long version() {
    return version;
  }

  public RouteTable routes() {
    return routes;
  }

  public ListenerPlan listeners() {
    return listeners;
  }

  @Override
  public UpstreamChooser upstreams() {
    return upstreams;
  }

  /** Envoy's {@code require_tls} answer: 301 to the same host and path over https. */
  private static RouteDecision toHttps(ServedGateway redirecting, ProxyRequest request) {
    ProxyRef.AtGateway gateway = redirecting.gateway();
    RouteRef ref = new RouteRef(new ResourceId(Gateway.KIND, gateway.namespace(), gateway.name()), -1, null);
    return new RouteDecision.Redirect(ref, 301, "https://" + request.authority() + request.path());
  }
}
