package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.istio.HostName;
import io.aviary.model.istio.ServiceEntry;
import io.aviary.model.istio.WorkloadEntry;
import io.aviary.model.istio.WorkloadSelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Endpoints of a ServiceEntry's hosts. With a {@code workloadSelector}, the selected WorkloadEntries in the
 * entry's namespace; otherwise the inline {@code endpoints}. With {@code resolution: DNS} (or
 * {@code DNS_ROUND_ROBIN}) and neither, each host itself is the endpoint, as in Istio; its name is resolved by
 * the proxy at connect time. {@code STATIC} and {@code NONE} use the given addresses as they are (the gateway
 * has no original-destination passthrough, so {@code NONE} without endpoints has none). Wildcard hosts get no
 * clusters: there is nothing concrete to connect to.
 */
final class ServiceEntryResolver {

  private ServiceEntryResolver() {}

  static List<ServiceEndpoints> resolve(ServiceEntry entry, List<WorkloadEntry> workloadEntries) {
    List<ServiceEndpoints> hosts = new ArrayList<>();
    for (String raw : entry.spec().hosts()) {
      HostName host = HostName.resolve(raw, entry.namespace());
      if (!host.isWildcard()) {
        hosts.add(resolveHost(entry, host, workloadEntries));
      }
    }
    return hosts;
  }

  private static ServiceEndpoints resolveHost(ServiceEntry entry, HostName host, List<WorkloadEntry> entries) {
    Map<Integer, List<Endpoint>> byPort = new LinkedHashMap<>();
    for (ServiceEntry.Port port : entry.spec().ports()) {
      if (port.number() != null) {
        byPort.putIfAbsent(port.number(), endpointsFor(entry, host, port, entries));
      }
    }
    return new ServiceEndpoints(host, entry.namespace(), entry.id(), byPort);
  }

  private static List<Endpoint> endpointsFor(
      ServiceEntry entry, HostName host, ServiceEntry.Port port, List<WorkloadEntry> entries) {
    WorkloadSelector selector = entry.spec().workloadSelector();
    List<Endpoint> endpoints = new ArrayList<>();
    if (selector != null) {
      for (WorkloadEntry workload : entries) {
        if (workload.namespace().equals(entry.namespace())
            && LabelSelection.matches(selector.effectiveLabels(), workload.spec().labels())) {
          int target = EndpointPorts.forServiceEntryPort(
              port.name(), port.number(), port.targetPort(), workload.spec().ports());
          EndpointFactory.fromWorkloadEntry(workload, target).ifPresent(endpoints::add);
        }
      }
    } else if (!entry.spec().endpoints().isEmpty()) {
      for (WorkloadEntry.Spec inline : entry.spec().endpoints()) {
        int target = EndpointPorts.forServiceEntryPort(port.name(), port.number(), port.targetPort(), inline.ports());
        EndpointFactory.fromInlineEntry(inline, target, entry.id()).ifPresent(endpoints::add);
      }
    } else if (resolvesByDns(entry)) {
      int target = EndpointPorts.forServiceEntryPort(port.name(), port.number(), port.targetPort(), Map.of());
      WorkloadEntry.Spec self = new WorkloadEntry.Spec(host.value(), Map.of(), Map.of(), null, null, null, null);
      EndpointFactory.fromInlineEntry(self, target, entry.id()).ifPresent(endpoints::add);
    }
    return List.copyOf(endpoints);
  }

  private static boolean resolvesByDns(ServiceEntry entry) {
    String resolution = entry.spec().resolution();
    return resolution != null && resolution.toUpperCase(Locale.ROOT).startsWith("DNS");
  }
}
