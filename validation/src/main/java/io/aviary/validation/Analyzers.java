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

/** The full set of checks {@code aviary validate} runs. */
public final class Analyzers {

  private Analyzers() {}

  public static List<Analyzer> all() {
    return List.of(
        CrdSchemaValidator.shipped(),
        new DuplicateResourceCheck(),
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
        new CanaryAnalysisCheck(),
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
}
