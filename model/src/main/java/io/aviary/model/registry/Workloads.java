package io.aviary.model.registry;

import io.aviary.model.ResourceId;
import io.aviary.model.ResourceSet;
import io.aviary.model.istio.WorkloadEntry;
import io.aviary.model.kubernetes.Deployment;
import io.aviary.model.kubernetes.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The workloads a set of resources describes: Pods, the pod templates of Deployments that ask for replicas, and
 * WorkloadEntries, plus any given in code (Aviary's embedded gateway is one).
 */
public final class Workloads {

  /** Labels of Aviary's embedded gateway, the ones Istio's default ingress gateway carries. */
  public static final Map<String, String> EMBEDDED_GATEWAY_LABELS =
      Map.of("istio", "ingressgateway", "app", "istio-ingressgateway");

  private final List<Workload> all;

  private Workloads(List<Workload> all) {
    this.all = List.copyOf(all);
  }

  public static Workloads of(ResourceSet resources, List<Workload> extra) {
    List<Workload> found = new ArrayList<>(extra);
    for (Pod pod : resources.pods()) {
      found.add(new Workload(pod.id(), pod.namespace(), pod.metadata().labels()));
    }
    for (Deployment deployment : resources.deployments()) {
      if (deployment.replicas() > 0) {
        found.add(new Workload(deployment.id(), deployment.namespace(), deployment.spec().templateLabels()));
      }
    }
    for (WorkloadEntry entry : resources.workloadEntries()) {
      found.add(new Workload(entry.id(), entry.namespace(), entry.spec().labels()));
    }
    return new Workloads(found);
  }

  /** The embedded gateway as a workload in {@code namespace} with the given labels. */
  public static Workload embeddedGateway(String namespace, Map<String, String> labels) {
    return new Workload(new ResourceId("Gateway", namespace, "aviary-embedded-gateway"), namespace, labels);
  }

  public List<Workload> all() {
    return all;
  }

  /** Workloads whose labels the selector selects, in any namespace or only in {@code namespace} when given. */
  public List<Workload> selectedBy(Map<String, String> selector, String namespace) {
    return all.stream()
        .filter(w -> namespace.isEmpty() || w.namespace().equals(namespace))
        .filter(w -> w.selectedBy(selector))
        .toList();
  }
}
