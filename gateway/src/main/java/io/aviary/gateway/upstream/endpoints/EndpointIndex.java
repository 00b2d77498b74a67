package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.ResourceSet;
import io.aviary.model.istio.HostName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every upstream cluster the configuration defines, with its endpoints and effective policy. Compiled from a
 * {@link ResourceSet} in one pass on every configuration change and never mutated, so it can be published
 * through a volatile field and read without locks.
 */
public final class EndpointIndex {

  private static final EndpointIndex EMPTY = new EndpointIndex(Map.of(), Map.of());

  private final Map<ClusterKey, ClusterDefinition> clusters;
  private final Map<HostName, ServiceEndpoints> hosts;

  EndpointIndex(Map<ClusterKey, ClusterDefinition> clusters, Map<HostName, ServiceEndpoints> hosts) {
    this.clusters = Collections.unmodifiableMap(new LinkedHashMap<>(clusters));
    this.hosts = Map.copyOf(hosts);
  }

  public static EndpointIndex compile(ResourceSet resources) {
    return EndpointIndexCompiler.compile(resources);
  }

  public static EndpointIndex empty() {
    return EMPTY;
  }

  /** The cluster for {@code key}, or why there is none. */
  public ClusterLookup lookup(ClusterKey key) {
    ClusterDefinition cluster = clusters.get(key);
    if (cluster != null) {
      return new ClusterLookup.Found(cluster);
    }
    ServiceEndpoints service = hosts.get(key.host());
    if (service == null) {
      return new ClusterLookup.Unknown("no Service or ServiceEntry defines host " + key.host());
    }
    if (!service.endpointsByPort().containsKey(key.port())) {
      return new ClusterLookup.Unknown("port " + key.port() + " is not a port of host " + key.host()
          + " (ports: " + service.endpointsByPort().keySet() + ")");
    }
    return new ClusterLookup.Unknown(
        "subset " + key.subset() + " of host " + key.host() + " is not defined by any DestinationRule");
  }

  /**
   * The cluster for a route destination. Without a port, the host's only port is meant (Istio requires a port
   * when the service has several); without a subset, the whole service.
   */
  public ClusterLookup lookup(HostName host, @Nullable Integer port, @Nullable String subset) {
    ServiceEndpoints service = hosts.get(host);
    if (port == null && service != null && service.endpointsByPort().size() == 1) {
      port = service.endpointsByPort().keySet().iterator().next();
    }
    if (port == null) {
      return new ClusterLookup.Unknown(service == null
          ? "no Service or ServiceEntry defines host " + host
          : "host " + host + " has ports " + service.endpointsByPort().keySet() + "; the destination names none");
    }
    return lookup(new ClusterKey(host, port, subset == null ? "" : subset));
  }

  public Collection<ClusterDefinition> clusters() {
    return clusters.values();
  }

  /** Each endpoint the proxy must probe ({@link Endpoint#isProbed()}), once even when several clusters share it. */
  public List<Endpoint> probedEndpoints() {
    Set<EndpointTarget> seen = new LinkedHashSet<>();
    List<Endpoint> probed = new ArrayList<>();
    for (ClusterDefinition cluster : clusters.values()) {
      for (Endpoint endpoint : cluster.endpoints()) {
        if (endpoint.isProbed() && seen.add(endpoint.target())) {
          probed.add(endpoint);
        }
      }
    }
    return probed;
  }
}
