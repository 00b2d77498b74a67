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
import java.util.List;

/** The full set of checks {@code aviary validate} runs. */
public final class Analyzers {

  private Analyzers() {}

  public static List<Analyzer> all() {
    return List.of(
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
