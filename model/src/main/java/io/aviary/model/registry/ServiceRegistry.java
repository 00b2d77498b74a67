package io.aviary.model.registry;

import io.aviary.model.ResourceSet;
import io.aviary.model.istio.HostName;
import io.aviary.model.istio.ServiceEntry;
import io.aviary.model.kubernetes.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The hosts that exist: Kubernetes Services by FQDN and every ServiceEntry host. */
public final class ServiceRegistry {

  private final Map<HostName, RegisteredService> byHost;
  private final List<RegisteredService> wildcards;

  private ServiceRegistry(Map<HostName, RegisteredService> byHost, List<RegisteredService> wildcards) {
    this.byHost = Map.copyOf(byHost);
    this.wildcards = List.copyOf(wildcards);
  }

  public static ServiceRegistry of(ResourceSet resources) {
    Map<HostName, RegisteredService> byHost = new HashMap<>();
    List<RegisteredService> wildcards = new ArrayList<>();
    for (Service service : resources.services()) {
      HostName host = HostName.resolve(service.name(), service.namespace());
      List<ServicePort> ports = service.spec().ports().stream()
          .filter(p -> p.port() != null)
          .map(p -> new ServicePort(p.port(), p.name(), p.protocol()))
          .toList();
      byHost.putIfAbsent(host, new RegisteredService(host, service.namespace(), ports, service.spec().selector(), service));
    }
    for (ServiceEntry entry : resources.serviceEntries()) {
      List<ServicePort> ports = entry.spec().ports().stream()
          .filter(p -> p.number() != null)
          .map(p -> new ServicePort(p.number(), p.name(), p.protocol()))
          .toList();
      var selector = entry.spec().workloadSelector() == null
          ? Map.<String, String>of()
          : entry.spec().workloadSelector().effectiveLabels();
      for (String raw : entry.spec().hosts()) {
        HostName host = HostName.resolve(raw, entry.namespace());
        RegisteredService registered = new RegisteredService(host, entry.namespace(), ports, selector, entry);
        if (host.isWildcard()) {
          wildcards.add(registered);
        } else {
          byHost.putIfAbsent(host, registered);
        }
      }
    }
    return new ServiceRegistry(byHost, wildcards);
  }

  /** The service for a concrete host, falling back to a ServiceEntry wildcard host that covers it. */
  public Optional<RegisteredService> find(HostName host) {
    RegisteredService exact = byHost.get(host);
    if (exact != null) {
      return Optional.of(exact);
    }
    return wildcards.stream().filter(w -> w.host().matches(host)).findFirst();
  }

  /** Every service whose host intersects {@code host} (which may itself be a wildcard). */
  public List<RegisteredService> matching(HostName host) {
    List<RegisteredService> found = new ArrayList<>();
    for (RegisteredService service : byHost.values()) {
      if (service.host().matches(host)) {
        found.add(service);
      }
    }
    for (RegisteredService service : wildcards) {
      if (service.host().matches(host)) {
        found.add(service);
      }
    }
    return found;
  }

  public List<RegisteredService> all() {
    List<RegisteredService> all = new ArrayList<>(byHost.values());
    all.addAll(wildcards);
    return all;
  }
}
