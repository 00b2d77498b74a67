package io.aviary.gateway.server;

import io.aviary.model.istio.Gateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The plain-text Gateway servers with {@code tls.httpsRedirect: true}: every request for one of their hosts on their
 * port is answered with a 301 to {@code https}, as Envoy's {@code require_tls: ALL} on their virtual hosts does,
 * whether or not a VirtualService would route it. Immutable.
 */
final class HttpsRedirects {

  private final Map<Integer, List<ServedGateway>> byPort;

  private HttpsRedirects(Map<Integer, List<ServedGateway>> byPort) {
    this.byPort = byPort;
  }

  static HttpsRedirects of(Map<Integer, List<ServedGateway>> serversByPort) {
    Map<Integer, List<ServedGateway>> redirecting = new HashMap<>();
    serversByPort.forEach((port, servers) -> {
      List<ServedGateway> found = new ArrayList<>();
      for (ServedGateway served : servers) {
        Gateway.ServerTls tls = served.server().tls();
        if (tls != null && Boolean.TRUE.equals(tls.httpsRedirect()) && !served.terminatesTls()) {
          found.add(served);
        }
      }
      if (!found.isEmpty()) {
        redirecting.put(port, List.copyOf(found));
      }
    });
    return new HttpsRedirects(Map.copyOf(redirecting));
  }

  /** The redirecting server for {@code host} on {@code port}, or {@code null} when the request is served. */
  @Nullable ServedGateway redirecting(int port, String host) {
    List<ServedGateway> servers = byPort.get(port);
    if (servers == null) {
      return null;
    }
    for (ServedGateway served : servers) {
      if (ServerHosts.anyMatches(served.server().hosts(), host)) {
        return served;
      }
    }
    return null;
  }
}
