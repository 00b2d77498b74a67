package io.aviary.routing;

import io.aviary.routing.RouteDecision.NoRoute;
import io.aviary.routing.host.Authority;
import io.aviary.routing.host.DomainIndex;
import java.util.Map;

/**
 * What sidecars route by: virtual hosts by FQDN (and the {@code name.ns} / {@code name.ns.svc} aliases Envoy
 * sidecars also accept), plus, per client namespace, the short names ({@code reviews}) that resolve there.
 */
final class MeshRoutes {

  private final DomainIndex<VirtualHost> hosts;
  private final Map<String, DomainIndex<VirtualHost>> shortNamesByNamespace;
  private final VirtualHost noVirtualHost;

  MeshRoutes(DomainIndex<VirtualHost> hosts, Map<String, DomainIndex<VirtualHost>> shortNamesByNamespace) {
    this.hosts = hosts;
    this.shortNamesByNamespace = Map.copyOf(shortNamesByNamespace);
    this.noVirtualHost = VirtualHost.failing(new NoRoute(NoRouteReason.NO_VIRTUAL_HOST,
        "no mesh VirtualService, Service or ServiceEntry has that host"));
  }

  VirtualHost virtualHost(RequestView request, String clientNamespace) {
    String authority = request.authority();
    int end = Authority.hostEnd(authority);
    int dot = authority.indexOf('.');
    VirtualHost found;
    if (dot < 0 || dot >= end) {
      DomainIndex<VirtualHost> local = shortNamesByNamespace.get(clientNamespace);
      found = local == null ? null : local.find(authority, 0, end);
    } else {
      found = hosts.find(authority, 0, end);
    }
    return found != null ? found : noVirtualHost;
  }
}
