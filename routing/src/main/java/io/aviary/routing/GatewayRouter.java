package io.aviary.routing;

import java.util.random.RandomGenerator;

/**
 * The routes of one Gateway, looked up once. A data plane routing many requests at the same Gateway holds
 * this instead of naming the Gateway on every request; decisions are the same as {@link RouteTable#decide}.
 */
public final class GatewayRouter {

  private final ProxyRef.AtGateway gateway;
  private final GatewayRoutes routes;

  GatewayRouter(ProxyRef.AtGateway gateway, GatewayRoutes routes) {
    this.gateway = gateway;
    this.routes = routes;
  }

  public ProxyRef.AtGateway gateway() {
    return gateway;
  }

  public RouteDecision decide(RequestView request, RandomGenerator random) {
    return routes.virtualHost(request).decide(request, random);
  }
}
