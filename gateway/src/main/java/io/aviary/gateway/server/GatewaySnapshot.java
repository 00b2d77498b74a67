package io.aviary.gateway.server;

import io.aviary.gateway.proxy.ProxyRequest;
import io.aviary.gateway.proxy.RoutingSnapshot;
import io.aviary.gateway.proxy.UpstreamChooser;
import io.aviary.model.ResourceId;
import io.aviary.model.istio.Gateway;
import io.aviary.routing.NoRouteReason;
import io.aviary.routing.ProxyRef;
import io.aviary.routing.RouteDecision;
import io.aviary.routing.RouteRef;
import io.aviary.routing.RouteTable;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Routing for the embedded gateway: a request on a port is routed at each Gateway serving that port in turn,
 * and the first that has a virtual host for it decides, as Envoy's merged route configuration for the port
 * would. A server with {@code tls.httpsRedirect} answers its hosts with a 301 to https before any routing.
 */
public record GatewaySnapshot(long version, RouteTable routes, ListenerPlan listeners, UpstreamChooser upstreams)
    implements RoutingSnapshot {

  @Override
  public RouteDecision decide(ProxyRequest request, RandomGenerator random) {
    List<ProxyRef.AtGateway> gateways = listeners.gatewaysOn(request.port());
    if (gateways.isEmpty()) {
      return new RouteDecision.NoRoute(NoRouteReason.NO_SERVER_ON_PORT, "no Gateway serves port " + request.port());
    }
    ServedGateway redirecting = listeners.httpsRedirect(request.port(), request.authority());
    if (redirecting != null) {
      return toHttps(redirecting, request);
    }
    RouteDecision decision = null;
    for (ProxyRef.AtGateway gateway : gateways) {
      request.routeAt(gateway);
      decision = routes.decide(request, random);
      if (!(decision instanceof RouteDecision.NoRoute noRoute) || noRoute.reason() == NoRouteReason.NO_MATCHING_RULE) {
        return decision;
      }
    }
    return decision;
  }

  /** Envoy's {@code require_tls} answer: 301 to the same host and path over https. */
  private static RouteDecision toHttps(ServedGateway redirecting, ProxyRequest request) {
    ProxyRef.AtGateway gateway = redirecting.gateway();
    RouteRef ref = new RouteRef(new ResourceId(Gateway.KIND, gateway.namespace(), gateway.name()), -1, null);
    return new RouteDecision.Redirect(ref, 301, "https://" + request.authority() + request.path());
  }
}
