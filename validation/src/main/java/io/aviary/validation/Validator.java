package io.aviary.validation;

import io.aviary.model.ResourceSet;
import io.aviary.model.load.Manifest;
import io.aviary.model.registry.ServiceRegistry;
import io.aviary.model.registry.Workload;
import io.aviary.model.registry.Workloads;
import java.util.List;

/** Runs every analyzer over a set of manifests and returns all findings, sorted. */
public final class Validator {

  private final List<Analyzer> analyzers;
  private final List<Workload> extraWorkloads;

  /**
   * @param analyzers the checks to run, in any order
   * @param extraWorkloads workloads that exist without a manifest, e.g. Aviary's embedded gateway
   */
  public Validator(List<Analyzer> analyzers, List<Workload> extraWorkloads) {
    this.analyzers = List.copyOf(analyzers);
    this.extraWorkloads = List.copyOf(extraWorkloads);
  }

  public List<Finding> validate(List<Manifest> manifests) {
    ResourceSet resources = ResourceSet.of(manifests.stream().map(Manifest::resource).toList());
    AnalysisContext context = new AnalysisContext(
        resources, manifests, ServiceRegistry.of(resources), Workloads.of(resources, extraWorkloads));
    Findings findings = new Findings();
    for (Analyzer analyzer : analyzers) {
      analyzer.analyze(context, findings);
    }
    return findings.sorted();
  }
}
