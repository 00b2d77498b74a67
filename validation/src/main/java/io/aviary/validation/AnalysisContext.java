package io.aviary.validation;

import io.aviary.model.ResourceSet;
import io.aviary.model.load.Manifest;
import io.aviary.model.registry.ServiceRegistry;
import io.aviary.model.registry.Workloads;
import java.util.List;

/**
 * What analyzers read: the decoded resources (later duplicates already replaced earlier ones), the raw
 * manifests for schema checks, and the registry and workloads those resources describe.
 */
public record AnalysisContext(
    ResourceSet resources, List<Manifest> manifests, ServiceRegistry services, Workloads workloads) {

  public AnalysisContext {
    manifests = List.copyOf(manifests);
  }
}
