package io.aviary.embedded.driver;

import io.aviary.controller.spec.CanarySpec;
import io.aviary.gateway.upstream.endpoints.WorkloadIdentity;
import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.HostName;
import io.aviary.model.istio.VirtualService;
import io.aviary.model.istio.WorkloadEntry;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a Canary's names point at in the current resources: the fully qualified host its telemetry is keyed by, the
 * canary subset's revision (subset name and labels: a change starts a new run), and {@code target}, the canary
 * workload's {@code destination_workload} for Flagger's query templates.
 */
record CanaryTarget(ResourceId virtualService, String host, String revision, String target) {

  /** Resolves {@code spec}'s references; empty with the reason logged by the caller when one is missing. */
  static Optional<CanaryTarget> resolve(ResourceSet resources, CanarySpec spec, StringBuilder problem) {
    String namespace = spec.canary().namespace();
    ResourceId vsId = new ResourceId(VirtualService.KIND, namespace, spec.routing().virtualService());
    if (resources.get(vsId).isEmpty()) {
      problem.append("VirtualService ").append(vsId.qualifiedName()).append(" not found");
      return Optional.empty();
    }
    ResourceId drId = new ResourceId(DestinationRule.KIND, namespace, spec.routing().destinationRule());
    if (!(resources.get(drId).orElse(null) instanceof DestinationRule rule)) {
      problem.append("DestinationRule ").append(drId.qualifiedName()).append(" not found");
      return Optional.empty();
    }
    String canarySubset = spec.routing().canarySubset();
    var subset = rule.spec().subset(canarySubset);
    if (subset.isEmpty()) {
      problem.append("DestinationRule ").append(drId.qualifiedName()).append(" has no subset ").append(canarySubset);
      return Optional.empty();
    }
    Map<String, String> labels = new TreeMap<>(subset.get().labels());
    String host = HostName.resolve(rule.spec().host(), namespace).value();
    return Optional.of(new CanaryTarget(vsId, host, canarySubset + labels, workload(resources, labels, namespace)));
  }

  /** The workload name Istio's telemetry gives the canary's endpoints; the subset's labels' when none exists yet. */
  private static String workload(ResourceSet resources, Map<String, String> subsetLabels, String namespace) {
    for (WorkloadEntry entry : resources.workloadEntries()) {
      if (entry.namespace().equals(namespace) && entry.spec().labels().entrySet().containsAll(subsetLabels.entrySet())) {
        return WorkloadIdentity.of(entry.spec().labels(), entry.name(), namespace).workload();
      }
    }
    return WorkloadIdentity.of(subsetLabels, "unknown", namespace).workload();
  }
}
