package io.aviary.validation.analyzers;

import io.aviary.model.ResourceSet;
import io.aviary.model.istio.ServiceEntry;
import io.aviary.model.kubernetes.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hosts istioctl's analyzers consider to exist, keyed by the namespaces they are exported to (Istio's
 * {@code InitServiceEntryHostMap} and {@code GetDestinationHost}). Unlike {@link
 * io.aviary.model.registry.ServiceRegistry}, which answers "where does traffic go", this answers "would istioctl
 * find this host from that namespace", so {@code exportTo} and the {@code networking.istio.io/exportTo}
 * annotation limit what a VirtualService or DestinationRule can see.
 */
final class VisibleHosts {

  static final String SERVICE_EXPORT_ANNOTATION = "networking.istio.io/exportTo";

  /** What an analyzer needs to know about a host: its port numbers and the labels its endpoints carry. */
  record KnownHost(List<Integer> ports, Map<String, String> workloadSelector) {
    KnownHost {
      ports = List.copyOf(ports);
      workloadSelector = Map.copyOf(workloadSelector);
    }
  }

  private final Map<String, KnownHost> byScopedHost;

  private VisibleHosts(Map<String, KnownHost> byScopedHost) {
    this.byScopedHost = byScopedHost;
  }

  static VisibleHosts of(ResourceSet resources) {
    Map<String, KnownHost> hosts = new LinkedHashMap<>();
    for (ServiceEntry entry : resources.serviceEntries()) {
      KnownHost known = new KnownHost(
          entry.spec().ports().stream().map(ServiceEntry.Port::number).filter(Objects::nonNull).toList(),
          entry.spec().workloadSelector() == null ? Map.of() : entry.spec().workloadSelector().effectiveLabels());
      for (String scope : scopes(entry.spec().exportTo(), entry.namespace())) {
        for (String host : entry.spec().hosts()) {
          hosts.put(IstioHostNames.scoped(scope, entry.namespace(), host), known);
        }
      }
    }
    for (Service service : resources.services()) {
      KnownHost known = new KnownHost(
          service.spec().ports().stream().map(Service.ServicePort::port).filter(Objects::nonNull).toList(), Map.of());
      for (String scope : scopes(annotatedExportTo(service), service.namespace())) {
        hosts.put(IstioHostNames.scoped(scope, service.namespace(), service.name()), known);
      }
    }
    return new VisibleHosts(hosts);
  }

  /**
   * The host {@code host} names when written in {@code sourceNamespace} by a resource exported to
   * {@code exportTo}: first hosts exported everywhere, then hosts exported to those namespaces, then wildcard
   * ServiceEntry hosts whose suffix it ends with.
   */
  Optional<KnownHost> lookup(String sourceNamespace, List<String> exportTo, String host) {
    KnownHost everywhere = byScopedHost.get(IstioHostNames.scoped(IstioHostNames.EXPORT_TO_ALL, sourceNamespace, host));
    if (everywhere != null) {
      return Optional.of(everywhere);
    }
    List<String> lookIn = exportTo.isEmpty() ? List.of(sourceNamespace) : exportTo;
    for (String scope : lookIn) {
      String namespace = scope.equals(IstioHostNames.EXPORT_TO_OWN_NAMESPACE) ? sourceNamespace : scope;
      KnownHost scoped = byScopedHost.get(IstioHostNames.scoped(namespace, sourceNamespace, host));
      if (scoped != null) {
        return Optional.of(scoped);
      }
    }
    return wildcardCovering(sourceNamespace, host);
  }

  private Optional<KnownHost> wildcardCovering(String sourceNamespace, String host) {
    String hostSuffix = host.startsWith("*") ? host.substring(1) : host;
    for (var entry : byScopedHost.entrySet()) {
      int slash = entry.getKey().indexOf('/');
      String scope = entry.getKey().substring(0, slash);
      String known = entry.getKey().substring(slash + 1);
      boolean visible = scope.equals(IstioHostNames.EXPORT_TO_ALL) || scope.equals(sourceNamespace);
      if (visible && known.startsWith("*") && hostSuffix.endsWith(known.substring(1))) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  private static List<String> scopes(List<String> exportTo, String namespace) {
    if (exportTo.isEmpty() || exportTo.contains(IstioHostNames.EXPORT_TO_ALL)) {
      return List.of(IstioHostNames.EXPORT_TO_ALL);
    }
    List<String> scopes = new ArrayList<>();
    for (String target : exportTo) {
      scopes.add(target.equals(IstioHostNames.EXPORT_TO_OWN_NAMESPACE) ? namespace : target);
    }
    return scopes;
  }

  private static List<String> annotatedExportTo(Service service) {
    String annotation = service.metadata().annotations().getOrDefault(SERVICE_EXPORT_ANNOTATION, "");
    if (annotation.isBlank()) {
      return List.of();
    }
    return List.of(annotation.split(",")).stream().map(String::trim).toList();
  }
}
