package io.aviary.routing;

import io.aviary.routing.RouteDecision.NoRoute;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The compiled, immutable routing configuration of one snapshot of resources. {@link #decide} finds the
 * virtual host by hash lookup and tests that host's routes in order; it may be called from any thread.
 */
public final class RouteTable {

  private final Map<ProxyRef.AtGateway, GatewayRoutes> gateways;
  private final MeshRoutes mesh;
  private final List<BoundVirtualService> virtualServices;

  RouteTable(Map<ProxyRef.AtGateway, GatewayRoutes> gateways, MeshRoutes mesh, List<BoundVirtualService> virtualServices) {
    this.gateways = Map.copyOf(gateways);
    this.mesh = mesh;
    this.virtualServices = List.copyOf(virtualServices);
  }

  /**
   * The decision for {@code request}; {@code random} picks among weighted destinations ({@code nextInt(total)}
   * once per request, only when a rule has several destinations).
   */
  public RouteDecision decide(RequestView request, RandomGenerator random) {
    return virtualHost(request).decide(request, random);
  }

  /** The router of one Gateway, or empty when the configuration has no such Gateway. */
  public java.util.Optional<GatewayRouter> gatewayRouter(ProxyRef.AtGateway gateway) {
    GatewayRoutes routes = gateways.get(gateway);
    return routes == null ? java.util.Optional.empty() : java.util.Optional.of(new GatewayRouter(gateway, routes));
  }

  VirtualHost virtualHost(RequestView request) {
    return switch (request.proxy()) {
      case ProxyRef.AtGateway gateway -> {
        GatewayRoutes routes = gateways.get(gateway);
        yield routes != null ? routes.virtualHost(request) : VirtualHost.failing(
            new NoRoute(NoRouteReason.UNKNOWN_GATEWAY, "no Gateway " + gateway + " in the configuration"));
      }
      case ProxyRef.InMesh client -> mesh.virtualHost(request, client.namespace());
    };
  }

  /** The VirtualServices with expanded hosts and resolved gateways, for explanations. */
  List<BoundVirtualService> virtualServices() {
    return virtualServices;
  }
}
