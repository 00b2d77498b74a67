package io.aviary.model.registry;

import io.aviary.model.Resource;
import io.aviary.model.istio.HostName;
import java.util.List;
import java.util.Map;

/**
 * A host the registry knows: a Kubernetes Service ({@code name.ns.svc.cluster.local}) or one host of a
 * ServiceEntry, with its ports and the labels that select its workloads.
 */
public record RegisteredService(
    HostName host, String namespace, List<ServicePort> ports, Map<String, String> selector, Resource definedBy) {

  public RegisteredService {
    ports = List.copyOf(ports);
    selector = Map.copyOf(selector);
  }
}
