package io.aviary.gateway.upstream.endpoints;

import io.aviary.gateway.upstream.policy.TrafficPolicyResolver;
import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.HostName;
import io.aviary.model.istio.ServiceEntry;
import io.aviary.model.istio.WorkloadEntry;
import io.aviary.model.kubernetes.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the clusters of an {@link EndpointIndex}: for every host (Kubernetes Services first, then ServiceEntry
 * hosts; the first definition of a host wins, as in the model's registry) and every port, one cluster for the
 * whole service and one per subset of the host's DestinationRule.
 */
final class EndpointIndexCompiler {

  private final DestinationRuleLookup rules;
  private final Map<ClusterKey, ClusterDefinition> clusters = new LinkedHashMap<>();
  private final Map<HostName, ServiceEndpoints> hosts = new LinkedHashMap<>();

  private EndpointIndexCompiler(DestinationRuleLookup rules) {
    this.rules = rules;
  }

  static EndpointIndex compile(ResourceSet resources) {
    EndpointIndexCompiler compiler = new EndpointIndexCompiler(new DestinationRuleLookup(resources.destinationRules()));
    List<WorkloadEntry> entries = resources.workloadEntries();
    for (Service service : resources.services()) {
      compiler.addHost(KubernetesServiceResolver.resolve(service, entries));
    }
    for (ServiceEntry entry : resources.serviceEntries()) {
      ServiceEntryResolver.resolve(entry, entries).forEach(compiler::addHost);
    }
    return new EndpointIndex(compiler.clusters, compiler.hosts);
  }

  private void addHost(ServiceEndpoints service) {
    if (hosts.putIfAbsent(service.host(), service) != null) {
      return;
    }
    DestinationRule rule = rules.forHost(service.host(), service.namespace()).orElse(null);
    ResourceId ruleId = rule == null ? null : rule.id();
    for (var port : service.endpointsByPort().entrySet()) {
      ClusterKey whole = ClusterKey.of(service.host(), port.getKey());
      List<Endpoint> endpoints = port.getValue();
      clusters.put(whole, new ClusterDefinition(whole, endpoints,
          TrafficPolicyResolver.resolve(rule, "", whole.port()), service.definedBy(), ruleId));
      if (rule != null) {
        addSubsets(service, rule, whole, endpoints);
      }
    }
  }

  private void addSubsets(ServiceEndpoints service, DestinationRule rule, ClusterKey whole, List<Endpoint> all) {
    for (DestinationRule.Subset subset : rule.spec().subsets()) {
      ClusterKey key = whole.withSubset(subset.name());
      if (clusters.containsKey(key)) {
        continue;
      }
      List<Endpoint> selected = new ArrayList<>();
      for (Endpoint endpoint : all) {
        if (endpoint.hasLabels(subset.labels())) {
          selected.add(endpoint);
        }
      }
      clusters.put(key, new ClusterDefinition(key, selected,
          TrafficPolicyResolver.resolve(rule, subset.name(), whole.port()), service.definedBy(), rule.id()));
    }
  }
}
