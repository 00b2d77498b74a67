package io.aviary.routing;

import io.aviary.model.istio.HostName;
import io.aviary.model.registry.RegisteredService;
import io.aviary.model.registry.ServicePort;
import io.aviary.model.registry.ServiceRegistry;
import io.aviary.routing.RouteDecision.Forward;
import io.aviary.routing.host.DomainIndex;
import io.aviary.routing.match.MatchCompiler;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the sidecar routes: each host of a mesh-bound VirtualService gets the routes of the first such
 * VirtualService in merge order (sidecars do not merge; IST0109 flags the conflict), and every registered host
 * no VirtualService covers gets Istio's default route to itself.
 */
final class MeshCompiler {

  private static final String CLUSTER_SUFFIX = ".svc." + HostName.DEFAULT_CLUSTER_DOMAIN;

  private MeshCompiler() {}

  static MeshRoutes compile(List<BoundVirtualService> sorted, ServiceRegistry registry) {
    Map<HostName, VirtualHost> byDomain = new LinkedHashMap<>();
    ProxyScope scope = ProxyScope.mesh();
    for (BoundVirtualService vs : sorted) {
      if (!vs.everyGateway().contains(ProxyRef.MESH)) {
        continue;
      }
      for (HostName host : vs.hosts()) {
        if (!byDomain.containsKey(host)) {
          byDomain.put(host, VirtualHost.routing(host.value(), RuleCompiler.compile(vs, scope), ProxyRef.MESH));
        }
      }
    }
    for (RegisteredService service : registry.all()) {
      if (!service.host().isWildcard() && !byDomain.containsKey(service.host())) {
        byDomain.put(service.host(), defaultRoute(service));
      }
    }
    return index(byDomain);
  }

  private static MeshRoutes index(Map<HostName, VirtualHost> byDomain) {
    DomainIndex.Builder<VirtualHost> hosts = DomainIndex.builder();
    Map<String, DomainIndex.Builder<VirtualHost>> shortNames = new HashMap<>();
    byDomain.forEach((domain, host) -> {
      hosts.put(domain, host);
      String name = domain.value();
      if (!domain.isWildcard() && name.endsWith(CLUSTER_SUFFIX)) {
        String serviceAndNamespace = name.substring(0, name.length() - CLUSTER_SUFFIX.length());
        int dot = serviceAndNamespace.indexOf('.');
        if (dot > 0 && serviceAndNamespace.indexOf('.', dot + 1) < 0) {
          hosts.alias(serviceAndNamespace, host).alias(serviceAndNamespace + ".svc", host);
          shortNames.computeIfAbsent(serviceAndNamespace.substring(dot + 1), ns -> DomainIndex.builder())
              .alias(serviceAndNamespace.substring(0, dot), host);
        }
      }
    });
    Map<String, DomainIndex<VirtualHost>> built = new HashMap<>();
    shortNames.forEach((namespace, builder) -> built.put(namespace, builder.build()));
    return new MeshRoutes(hosts.build(), built);
  }

  private static VirtualHost defaultRoute(RegisteredService service) {
    List<ServicePort> ports = service.ports();
    int[] numbers = ports.stream().mapToInt(ServicePort::number).toArray();
    Forward[] byPort = ports.stream().map(port -> forward(service, port.number())).toArray(Forward[]::new);
    Forward fallback = byPort.length == 0 ? forward(service, null) : byPort[0];
    RouteAction action = new RouteAction.DefaultService(numbers, byPort, fallback);
    CompiledRoute route = new CompiledRoute(null, -1, MatchCompiler.everything(), action);
    return VirtualHost.routing(service.host().value(), List.of(route), ProxyRef.MESH);
  }

  private static Forward forward(RegisteredService service, @Nullable Integer port) {
    return new Forward(null, new Target(service.host(), null, port), ForwardPolicy.none());
  }
}
