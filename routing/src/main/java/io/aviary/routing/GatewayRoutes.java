package io.aviary.routing;

import io.aviary.routing.RouteDecision.NoRoute;
import io.aviary.routing.host.DomainIndex;
import java.util.List;

/**
 * One Gateway's listeners: per server port, its virtual hosts by domain. A request without a port goes to the
 * first server's port; a port the Gateway does not serve, or a host no VirtualService serves there, is a 404.
 */
final class GatewayRoutes {

  /** The virtual hosts of one port, and the 404 for authorities none of them serves. */
  record Listener(int port, DomainIndex<VirtualHost> hosts, VirtualHost noVirtualHost) {}

  private final int[] ports;
  private final Listener[] listeners;
  private final VirtualHost noServer;

  GatewayRoutes(String gateway, List<Listener> listeners) {
    this.listeners = listeners.toArray(Listener[]::new);
    this.ports = listeners.stream().mapToInt(Listener::port).toArray();
    this.noServer = VirtualHost.failing(
        new NoRoute(NoRouteReason.NO_SERVER_ON_PORT, "Gateway " + gateway + " has no server on that port (ports: "
            + listeners.stream().map(l -> String.valueOf(l.port())).toList() + ")"));
  }

  VirtualHost virtualHost(RequestView request) {
    Integer port = request.port();
    for (int i = 0; i < ports.length; i++) {
      if (port == null || ports[i] == port) {
        Listener listener = listeners[i];
        VirtualHost host = listener.hosts().find(request.authority());
        return host != null ? host : listener.noVirtualHost();
      }
    }
    return noServer;
  }
}
