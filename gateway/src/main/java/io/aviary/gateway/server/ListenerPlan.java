package io.aviary.gateway.server;

import io.aviary.model.ResourceSet;
import io.aviary.model.istio.Gateway;
import io.aviary.routing.ProxyRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The ports the embedded gateway listens on and the Gateway servers behind each, as Istio merges every
 * Gateway selecting one workload into that workload's listeners. A Gateway with an empty selector applies to
 * every workload, the embedded gateway included.
 */
public final class ListenerPlan {

  private final Map<Integer, List<ServedGateway>> byPort;
  private final Map<Integer, List<ProxyRef.AtGateway>> gatewaysByPort;
  private final HttpsRedirects httpsRedirects;

  private ListenerPlan(Map<Integer, List<ServedGateway>> byPort) {
    this.byPort = byPort;
    Map<Integer, List<ProxyRef.AtGateway>> gateways = new java.util.HashMap<>();
    byPort.forEach((port, served) ->
        gateways.put(port, served.stream().map(ServedGateway::gateway).distinct().toList()));
    this.gatewaysByPort = Map.copyOf(gateways);
    this.httpsRedirects = HttpsRedirects.of(byPort);
  }

  /** The server that redirects {@code host} on {@code port} to https ({@code tls.httpsRedirect}), or null. */
  public @Nullable ServedGateway httpsRedirect(int port, String host) {
    return httpsRedirects.redirecting(port, host);
  }

  /** The distinct Gateways serving {@code port}, in a stable order; looked up once per request. */
  public List<ProxyRef.AtGateway> gatewaysOn(int port) {
    return gatewaysByPort.getOrDefault(port, List.of());
  }

  public static ListenerPlan of(ResourceSet resources, Map<String, String> workloadLabels) {
    Map<Integer, List<ServedGateway>> byPort = new LinkedHashMap<>();
    List<Gateway> gateways = resources.gateways().stream()
        .sorted(Comparator.comparing(Gateway::namespace).thenComparing(Gateway::name))
        .toList();
    for (Gateway gateway : gateways) {
      if (!selects(gateway.spec().selector(), workloadLabels)) {
        continue;
      }
      ProxyRef.AtGateway ref = new ProxyRef.AtGateway(gateway.namespace(), gateway.name());
      for (Gateway.Server server : gateway.spec().servers()) {
        if (server.port() == null || server.port().number() == null) {
          continue;
        }
        int port = server.port().number();
        byPort.computeIfAbsent(port, p -> new ArrayList<>()).add(new ServedGateway(ref, server, port));
      }
    }
    byPort.replaceAll((port, served) -> List.copyOf(served));
    return new ListenerPlan(Map.copyOf(byPort));
  }

  private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
    return selector.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }

  public Set<Integer> ports() {
    return new TreeSet<>(byPort.keySet());
  }

  /** The Gateway servers on {@code port}, in a stable order; empty when nothing listens there. */
  public List<ServedGateway> on(int port) {
    return byPort.getOrDefault(port, List.of());
  }
}
