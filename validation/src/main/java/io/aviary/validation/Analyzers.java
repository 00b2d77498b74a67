package io.aviary.validation;

import io.aviary.validation.analyzers.CaCertificateAnalyzer;
import io.aviary.validation.analyzers.ConflictingGatewayAnalyzer;
import io.aviary.validation.analyzers.ConflictingMeshGatewayHostsAnalyzer;
import io.aviary.validation.analyzers.DestinationHostAnalyzer;
import io.aviary.validation.analyzers.GatewaySelectorAnalyzer;
import io.aviary.validation.analyzers.SubsetSelectPodAnalyzer;
import io.aviary.validation.analyzers.UnreachableRuleAnalyzer;
import io.aviary.validation.analyzers.VirtualServiceDestinationRuleAnalyzer;
import io.aviary.validation.analyzers.VirtualServiceGatewayAnalyzer;
import io.aviary.validation.canary.CanaryAnalysisCheck;
import io.aviary.validation.inputs.DuplicateResourceCheck;
import io.aviary.validation.canary.CanaryMetricCheck;
import io.aviary.validation.canary.CanaryTargetCheck;
import io.aviary.validation.schema.CrdSchemaValidator;
import io.aviary.validation.schema.DeprecatedFieldRule;
import io.aviary.validation.schema.FaultAndMirrorPercentageRule;
import io.aviary.validation.schema.HttpRouteActionRule;
import io.aviary.validation.schema.RegexStringMatchRule;
import io.aviary.validation.schema.ResponseStatusRule;
import io.aviary.validation.schema.RouteDestinationRule;
import io.aviary.validation.schema.UniqueNameRule;
import io.aviary.validation.schema.VirtualServiceHostRule;
import java.util.List;

/**
 * The checks Aviary runs. {@link #all()} is {@code aviary validate}: everything istioctl analyze would say.
 * {@link #admission()} is what blocks a configuration from being applied: what Istio's API server and admission
 * webhook reject (schema and value validation) and Aviary's own resource checks. Analyzer findings such as a
 * subset that selects no workload yet describe a state Istio serves anyway (with 503s), so they never block.
 */
public final class Analyzers {

  private Analyzers() {}

  public static List<Analyzer> all() {
    List<Analyzer> all = new java.util.ArrayList<>(admission());
    all.addAll(advisory());
    return List.copyOf(all);
  }

  /** The istioctl-style analyzers: reported, never blocking. They read typed resources only. */
  public static List<Analyzer> advisory() {
    return List.of(
        new DuplicateResourceCheck(),
        new VirtualServiceGatewayAnalyzer(),
        new DestinationHostAnalyzer(),
        new VirtualServiceDestinationRuleAnalyzer(),
        new ConflictingMeshGatewayHostsAnalyzer(),
        new UnreachableRuleAnalyzer(),
        new GatewaySelectorAnalyzer(),
        new ConflictingGatewayAnalyzer(),
        new CaCertificateAnalyzer(),
        new SubsetSelectPodAnalyzer());
  }

  public static List<Analyzer> admission() {
    return List.of(
        CrdSchemaValidator.shipped(),
        new RegexStringMatchRule(),
        new RouteDestinationRule(),
        new HttpRouteActionRule(),
        new FaultAndMirrorPercentageRule(),
        new ResponseStatusRule(),
        new VirtualServiceHostRule(),
        new UniqueNameRule(),
        new DeprecatedFieldRule(),
        new CanaryTargetCheck(),
        new CanaryMetricCheck(),
        new CanaryAnalysisCheck());
  }
}
