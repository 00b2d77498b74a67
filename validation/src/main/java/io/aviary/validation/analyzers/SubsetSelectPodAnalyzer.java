package io.aviary.validation.analyzers;

import io.aviary.model.istio.DestinationRule;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Istio's {@code destinationrule.SubsetSelectPodAnalyzer}: a DestinationRule for a host no Service or
 * ServiceEntry defines does nothing (IST0174), and a subset whose labels select no workload has no endpoints, so
 * traffic routed to it gets 503 UH (IST0173).
 *
 * <p>Workloads are Pods, pod templates of Deployments with replicas, WorkloadEntries and Aviary's embedded
 * gateway, in any namespace; istioctl counts Pods only and skips this analyzer for files. A ServiceEntry's
 * {@code workloadSelector} labels are added to each subset's, as in istioctl; a Service's selector is not.
 * istioctl reports both codes without a line; Aviary points at the {@code host} and at the subset's {@code name}.
 */
public final class SubsetSelectPodAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.DESTINATION_RULE_SUBSET_NOT_SELECT_PODS.code(),
        IstioMessage.UNKNOWN_DESTINATION_RULE_HOST.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    VisibleHosts hosts = VisibleHosts.of(context.resources());
    for (DestinationRule rule : context.resources().destinationRules()) {
      Optional<VisibleHosts.KnownHost> known =
          hosts.lookup(rule.namespace(), rule.spec().exportTo(), rule.spec().host());
      if (known.isEmpty()) {
        IstioMessage.UNKNOWN_DESTINATION_RULE_HOST.report(
            findings, rule, JsonPointer.of("spec", "host"), rule.spec().host());
      } else {
        checkSubsets(context, findings, rule, known.get());
      }
    }
  }

  private static void checkSubsets(
      AnalysisContext context, Findings findings, DestinationRule rule, VisibleHosts.KnownHost host) {
    List<DestinationRule.Subset> subsets = rule.spec().subsets();
    for (int i = 0; i < subsets.size(); i++) {
      DestinationRule.Subset subset = subsets.get(i);
      Map<String, String> selector = new HashMap<>(host.workloadSelector());
      selector.putAll(subset.labels());
      if (context.workloads().selectedBy(selector, "").isEmpty()) {
        IstioMessage.DESTINATION_RULE_SUBSET_NOT_SELECT_PODS.report(
            findings, rule, JsonPointer.of("spec", "subsets", i, "name"), subset.name());
      }
    }
  }
}
