package io.aviary.routing;

import io.aviary.model.ResourceSet;
import io.aviary.model.istio.Gateway;
import io.aviary.model.registry.ServiceRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles Gateways, VirtualServices and the registry's Services and ServiceEntries into a {@link RouteTable}.
 * Invalid pieces (a regex RE2 rejects, a rule with nothing to do) compile into routes that never match or that
 * answer 404, never into exceptions: validation reports them, routing keeps serving the rest.
 */
public final class RouteTableCompiler {

  public RouteTable compile(ResourceSet resources) {
    List<BoundVirtualService> sorted = resources.virtualServices().stream()
        .map(BoundVirtualService::of)
        .sorted(BoundVirtualService.MERGE_ORDER)
        .toList();
    Map<ProxyRef.AtGateway, GatewayRoutes> gateways = new HashMap<>();
    for (Gateway gateway : resources.gateways()) {
      gateways.put(new ProxyRef.AtGateway(gateway.namespace(), gateway.name()), GatewayCompiler.compile(gateway, sorted));
    }
    MeshRoutes mesh = MeshCompiler.compile(sorted, ServiceRegistry.of(resources));
    return new RouteTable(gateways, mesh, sorted);
  }

  /** Shorthand for {@code new RouteTableCompiler().compile(resources)}. */
  public static RouteTable of(ResourceSet resources) {
    return new RouteTableCompiler().compile(resources);
  }
}
