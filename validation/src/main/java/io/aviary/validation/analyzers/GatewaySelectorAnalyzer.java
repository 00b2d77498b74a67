package io.aviary.validation.analyzers;

import io.aviary.model.istio.Gateway;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The selector half of Istio's {@code gateway.IngressGatewayPortAnalyzer}: a Gateway whose selector matches no
 * workload in any namespace configures nothing (IST0101 {@code selector}). Workloads are Pods, pod templates of
 * Deployments with replicas, WorkloadEntries and Aviary's embedded gateway, which carries the labels of Istio's
 * default ingress gateway; istioctl counts Pods only.
 */
public final class GatewaySelectorAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Gateway gateway : context.resources().gateways()) {
      Map<String, String> selector = gateway.spec().selector();
      if (context.workloads().selectedBy(selector, "").isEmpty()) {
        String pointer = selector.isEmpty()
            ? JsonPointer.of("spec", "selector")
            : JsonPointer.of("spec", "selector", new TreeMap<>(selector).firstKey());
        IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.report(
            findings, gateway, pointer, "selector", GatewaySelectors.describe(selector));
      }
    }
  }
}
