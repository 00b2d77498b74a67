package io.aviary.routing;

import io.aviary.model.istio.HostName;
import io.aviary.model.istio.HttpMatchRequest;
import io.aviary.model.istio.HttpRoute;
import io.aviary.model.istio.VirtualService;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A VirtualService with its hosts expanded in its namespace and its gateway names resolved.
 *
 * @param gateways the top-level binding ({@code mesh} when none is written)
 * @param everyGateway the top-level binding plus every {@code match[].gateways} name: the proxies that see it
 */
record BoundVirtualService(VirtualService resource, List<HostName> hosts, Set<String> gateways, Set<String> everyGateway) {

  /**
   * Istio's order for merging: creation timestamp, then name, then namespace (resources from files carry no
   * timestamp and so sort by name).
   */
  static final Comparator<BoundVirtualService> MERGE_ORDER = Comparator
      .comparing((BoundVirtualService bound) -> Objects.requireNonNullElse(bound.resource.metadata().creationTimestamp(), ""))
      .thenComparing(bound -> bound.resource.name())
      .thenComparing(bound -> bound.resource.namespace());

  static BoundVirtualService of(VirtualService resource) {
    String namespace = resource.namespace();
    List<HostName> hosts = resource.spec().hosts().stream().map(host -> HostName.resolve(host, namespace)).toList();
    Set<String> gateways = resolveAll(resource.spec().gateways(), namespace);
    if (gateways.isEmpty()) {
      gateways = Set.of(ProxyRef.MESH);
    }
    Set<String> every = new LinkedHashSet<>(gateways);
    for (HttpRoute rule : resource.spec().http()) {
      for (HttpMatchRequest match : rule.match()) {
        every.addAll(resolveAll(match.gateways(), namespace));
      }
    }
    return new BoundVirtualService(resource, hosts, Set.copyOf(gateways), Set.copyOf(every));
  }

  /** Whether {@code match} applies on {@code gateway}: its own {@code gateways} if it has any, else the VS's. */
  boolean appliesOn(HttpMatchRequest match, String gateway) {
    if (match.gateways().isEmpty()) {
      return gateways.contains(gateway);
    }
    return resolveAll(match.gateways(), resource.namespace()).contains(gateway);
  }

  String namespace() {
    return resource.namespace();
  }

  private static Set<String> resolveAll(List<String> written, String namespace) {
    Set<String> resolved = new LinkedHashSet<>();
    for (String name : written) {
      resolved.add(GatewayNames.resolve(name, namespace));
    }
    return resolved;
  }
}
