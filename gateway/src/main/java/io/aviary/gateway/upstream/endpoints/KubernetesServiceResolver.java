package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.istio.HostName;
import io.aviary.model.istio.WorkloadEntry;
import io.aviary.model.kubernetes.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Endpoints of a Kubernetes Service: the WorkloadEntries in the Service's namespace whose labels its {@code
 * selector} matches. A Service without a selector has no managed endpoints, as in Kubernetes. Pods and
 * Deployments are not endpoints here: in embedded mode every workload is a WorkloadEntry.
 */
final class KubernetesServiceResolver {

  private KubernetesServiceResolver() {}

  static ServiceEndpoints resolve(Service service, List<WorkloadEntry> entries) {
    List<WorkloadEntry> selected = selected(service, entries);
    Map<Integer, List<Endpoint>> byPort = new LinkedHashMap<>();
    for (Service.ServicePort port : service.spec().ports()) {
      if (port.port() != null) {
        byPort.putIfAbsent(port.port(), endpointsFor(port, selected));
      }
    }
    return new ServiceEndpoints(
        HostName.resolve(service.name(), service.namespace()), service.namespace(), service.id(), byPort);
  }

  private static List<WorkloadEntry> selected(Service service, List<WorkloadEntry> entries) {
    Map<String, String> selector = service.spec().selector();
    if (selector.isEmpty()) {
      return List.of();
    }
    return entries.stream()
        .filter(e -> e.namespace().equals(service.namespace()))
        .filter(e -> LabelSelection.matches(selector, e.spec().labels()))
        .toList();
  }

  private static List<Endpoint> endpointsFor(Service.ServicePort port, List<WorkloadEntry> selected) {
    List<Endpoint> endpoints = new ArrayList<>(selected.size());
    for (WorkloadEntry entry : selected) {
      OptionalInt endpointPort =
          EndpointPorts.forServicePort(port.name(), port.port(), port.targetPort(), entry.spec().ports());
      if (endpointPort.isPresent()) {
        EndpointFactory.fromWorkloadEntry(entry, endpointPort.getAsInt()).ifPresent(endpoints::add);
      }
    }
    return List.copyOf(endpoints);
  }
}
