package io.aviary.model.registry;

import io.aviary.model.ResourceId;
import java.util.Map;

/** Something that runs and carries labels: a Pod, a Deployment's pod template, a WorkloadEntry, or Aviary's own gateway. */
public record Workload(ResourceId source, String namespace, Map<String, String> labels) {

  public Workload {
    labels = Map.copyOf(labels);
  }

  /** Kubernetes' equality-based selection: every selector label is present with the same value. */
  public boolean selectedBy(Map<String, String> selector) {
    for (var entry : selector.entrySet()) {
      if (!entry.getValue().equals(labels.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
