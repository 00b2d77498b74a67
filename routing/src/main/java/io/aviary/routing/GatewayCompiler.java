package io.aviary.routing;

import io.aviary.model.istio.Gateway;
import io.aviary.model.istio.HostName;
import io.aviary.routing.RouteDecision.NoRoute;
import io.aviary.routing.host.DomainIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a Gateway's virtual hosts ([gateway.go]): for each server port, each server host (filtered by the
 * VirtualService's namespace) intersected with each host of each bound VirtualService; the more specific of the
 * two becomes the domain, and all VirtualServices of a domain are merged into one virtual host.
 */
final class GatewayCompiler {

  private GatewayCompiler() {}

  static GatewayRoutes compile(Gateway gateway, List<BoundVirtualService> sorted) {
    String name = gateway.namespace() + "/" + gateway.name();
    List<BoundVirtualService> bound = sorted.stream().filter(vs -> vs.everyGateway().contains(name)).toList();
    Map<Integer, List<Gateway.Server>> serversByPort = new LinkedHashMap<>();
    for (Gateway.Server server : gateway.spec().servers()) {
      if (server.port() != null && server.port().number() != null) {
        serversByPort.computeIfAbsent(server.port().number(), port -> new ArrayList<>()).add(server);
      }
    }
    List<GatewayRoutes.Listener> listeners = new ArrayList<>();
    serversByPort.forEach((port, servers) -> listeners.add(listener(gateway, name, port, servers, bound)));
    return new GatewayRoutes(name, listeners);
  }

  private static GatewayRoutes.Listener listener(
      Gateway gateway, String name, int port, List<Gateway.Server> servers, List<BoundVirtualService> bound) {
    Map<HostName, List<BoundVirtualService>> domains = new LinkedHashMap<>();
    for (Gateway.Server server : servers) {
      for (String entry : server.hosts()) {
        for (BoundVirtualService vs : bound) {
          addIntersections(domains, ServerHost.parse(entry, gateway.namespace()), vs);
        }
      }
    }
    ProxyScope scope = new ProxyScope(name, port);
    DomainIndex.Builder<VirtualHost> hosts = DomainIndex.builder();
    domains.forEach((domain, services) ->
        hosts.put(domain, VirtualHost.routing(domain.value(), VirtualHostMerger.merge(services, scope), scope.describe())));
    VirtualHost none = VirtualHost.failing(new NoRoute(NoRouteReason.NO_VIRTUAL_HOST,
        "no VirtualService bound to Gateway " + scope.describe() + " serves that host"));
    return new GatewayRoutes.Listener(port, hosts.build(), none);
  }

  private static void addIntersections(
      Map<HostName, List<BoundVirtualService>> domains, ServerHost serverHost, BoundVirtualService vs) {
    if (!serverHost.admits(vs.namespace())) {
      return;
    }
    for (HostName host : vs.hosts()) {
      HostName server = serverHost.host();
      if (host.subsetOf(server) || server.subsetOf(host)) {
        List<BoundVirtualService> services = domains.computeIfAbsent(host.moreSpecific(server), d -> new ArrayList<>());
        if (!services.contains(vs)) {
          services.add(vs);
        }
      }
    }
  }

  /** A server {@code hosts} entry: {@code [namespace/]dnsName}, where {@code *} is any namespace and the default. */
  record ServerHost(String namespace, HostName host) {

    static ServerHost parse(String entry, String gatewayNamespace) {
      int slash = entry.indexOf('/');
      if (slash < 0) {
        return new ServerHost("*", new HostName(entry));
      }
      String namespace = entry.substring(0, slash);
      return new ServerHost(namespace.equals(".") ? gatewayNamespace : namespace, new HostName(entry.substring(slash + 1)));
    }

    boolean admits(String virtualServiceNamespace) {
      return namespace.equals("*") || namespace.equals(virtualServiceNamespace);
    }
  }
}
