package io.aviary.gateway.runtime;

import io.aviary.gateway.server.GatewayServer;
import io.aviary.gateway.server.ListenerAddress;
import io.aviary.gateway.server.ListenerPlan;
import io.aviary.gateway.server.ListenerTls;
import io.aviary.gateway.server.ServedGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps the bound listeners in step with the applied configuration, so that a reload which adds or removes a
 * Gateway server port takes effect without restarting the gateway.
 *
 * <p>A new port is bound (at its {@code --port-map} destination) after the configuration that serves it is
 * live, so its first request is routed. A port no longer served has its listening socket closed at once: new
 * connections are refused, while connections already accepted keep running and their requests in flight finish
 * on the configuration they started with. Requests that arrive later on such a connection are routed by the new
 * configuration, which has no Gateway on that port (404), and the connection closes when the client closes it
 * or at the idle timeout. Closing only the socket is Envoy's listener drain without the drain period: the proxy
 * does not track which connections are idle, and cutting connections could cut a request in flight.
 *
 * <p>Thread-safety: callers serialize calls (the gateway calls it under its apply lock).
 */
final class ListenerReconciler {

  private final GatewayServer server;
  private final GatewaySettings settings;
  private final Consumer<String> log;

  ListenerReconciler(GatewayServer server, GatewaySettings settings) {
    this.server = server;
    this.settings = settings;
    this.log = settings.log();
  }

  /**
   * Closes the listeners of ports {@code plan} no longer serves, binds the ports it serves that have none, and
   * gives ports that stay bound the plan's TLS for their next connections.
   *
   * @return one problem per port that could not be bound; it is tried again at the next reconcile
   */
  List<String> reconcile(ListenerPlan plan, ListenerTls tls) {
    Set<Integer> wanted = plan.ports();
    for (int port : server.boundPorts()) {
      if (!wanted.contains(port)) {
        close(port);
      }
    }
    List<String> problems = new ArrayList<>();
    Set<Integer> bound = server.boundPorts();
    for (int port : wanted) {
      if (!bound.contains(port)) {
        open(port, plan, tls).ifPresent(problems::add);
      } else {
        server.updateTls(port, tls.forPort(port));
      }
    }
    return problems;
  }

  private Optional<String> open(int port, ListenerPlan plan, ListenerTls tls) {
    int localPort = settings.portMap().getOrDefault(port, port);
    try {
      ListenerAddress address = server.bind(port, settings.bindAddress(), localPort, tls.forPort(port));
      for (ServedGateway served : plan.on(port)) {
        log.accept("listening on " + address.bindAddress() + ":" + address.boundPort()
            + " for Gateway " + served.gateway() + " server " + describe(served));
      }
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("port " + port + ": interrupted while binding");
    } catch (Exception e) {
      // Netty rethrows the bind's cause (e.g. a BindException) undeclared; any failure leaves the port unbound.
      return Optional.of("cannot listen on " + settings.bindAddress() + ":" + localPort + " for Gateway port "
          + port + ": " + e.getMessage());
    }
  }

  private void close(int port) {
    server.unbind(port).ifPresent(address -> log.accept("stopped listening on " + address.bindAddress() + ":"
        + address.boundPort() + ": no Gateway serves port " + port + " any more (connections already open "
        + "finish their requests)"));
  }

  private static String describe(ServedGateway served) {
    var port = served.server().port();
    String name = port == null || port.name() == null ? "#" + served.port() : port.name();
    String protocol = port == null || port.protocol() == null ? "HTTP" : port.protocol();
    return name + " (port " + served.port() + ", " + protocol + ", hosts " + served.server().hosts() + ")";
  }
}
