package io.aviary.model;

import io.aviary.model.flagger.Canary;
import io.aviary.model.flagger.MetricTemplate;
import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.Gateway;
import io.aviary.model.istio.ServiceEntry;
import io.aviary.model.istio.VirtualService;
import io.aviary.model.istio.WorkloadEntry;
import io.aviary.model.kubernetes.Deployment;
import io.aviary.model.kubernetes.Pod;
import io.aviary.model.kubernetes.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of resources, indexed by kind. When two resources share an id the later one wins, as
 * {@code kubectl apply} of the files in order would leave it.
 */
public final class ResourceSet {

  private static final ResourceSet EMPTY = new ResourceSet(List.of());

  private final List<Resource> all;
  private final Map<ResourceId, Resource> byId;

  private ResourceSet(List<Resource> resources) {
    Map<ResourceId, Resource> index = new LinkedHashMap<>();
    for (Resource resource : resources) {
      index.remove(resource.id());
      index.put(resource.id(), resource);
    }
    this.byId = java.util.Collections.unmodifiableMap(index);
    this.all = List.copyOf(index.values());
  }

  public static ResourceSet of(List<? extends Resource> resources) {
    return new ResourceSet(List.copyOf(resources));
  }

  public static ResourceSet empty() {
    return EMPTY;
  }

  public List<Resource> all() {
    return all;
  }

  public Optional<Resource> get(ResourceId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every resource of the given type, in input order. */
  public <T extends Resource> List<T> ofType(Class<T> type) {
    return all.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public List<VirtualService> virtualServices() {
    return ofType(VirtualService.class);
  }

  public List<Gateway> gateways() {
    return ofType(Gateway.class);
  }

  public List<DestinationRule> destinationRules() {
    return ofType(DestinationRule.class);
  }

  public List<ServiceEntry> serviceEntries() {
    return ofType(ServiceEntry.class);
  }

  public List<WorkloadEntry> workloadEntries() {
    return ofType(WorkloadEntry.class);
  }

  public List<Service> services() {
    return ofType(Service.class);
  }

  public List<Pod> pods() {
    return ofType(Pod.class);
  }

  public List<Deployment> deployments() {
    return ofType(Deployment.class);
  }

  public List<Canary> canaries() {
    return ofType(Canary.class);
  }

  public List<MetricTemplate> metricTemplates() {
    return ofType(MetricTemplate.class);
  }

  /** This set with {@code replacement} put in place of the resource with the same id (or added). */
  public ResourceSet with(Resource replacement) {
    List<Resource> next = new java.util.ArrayList<>(all.size() + 1);
    boolean replaced = false;
    for (Resource resource : all) {
      if (resource.id().equals(replacement.id())) {
        next.add(replacement);
        replaced = true;
      } else {
        next.add(resource);
      }
    }
    if (!replaced) {
      next.add(replacement);
    }
    return new ResourceSet(next);
  }
}
