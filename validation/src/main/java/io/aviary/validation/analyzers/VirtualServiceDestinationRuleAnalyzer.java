package io.aviary.validation.analyzers;

import io.aviary.model.istio.Destination;
import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.VirtualService;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import java.util.HashSet;
import java.util.Set;

/**
 * Istio's {@code virtualservice.DestinationRuleAnalyzer}: a destination that names a subset needs a
 * DestinationRule for its host defining that subset (IST0101 {@code host+subset in destinationrule} /
 * {@code mirror+subset in destinationrule}); without one Envoy has no cluster for it and answers 503.
 *
 * <p>Hosts are compared as istioctl does: a short name and its {@code .ns.svc.cluster.local} form name the same
 * service, any other host only matches a DestinationRule written in the VirtualService's namespace.
 */
public final class VirtualServiceDestinationRuleAnalyzer implements Analyzer {

  @Override
  public Set<String> codes() {
    return Set.of(IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.code());
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    Set<String> defined = definedSubsets(context);
    for (VirtualService vs : context.resources().virtualServices()) {
      for (RouteDestinations.Located located : RouteDestinations.of(vs)) {
        Destination destination = located.destination();
        String subset = destination.subset();
        if (subset == null || subset.isEmpty()) {
          continue;
        }
        String key = IstioHostNames.resourceName(vs.namespace(), destination.host()) + "+" + subset;
        if (!defined.contains(key)) {
          String what = located.mirror() ? "mirror+subset in destinationrule" : "host+subset in destinationrule";
          IstioMessage.REFERENCED_RESOURCE_NOT_FOUND.report(
              findings, vs, located.hostPointer(), what, destination.host() + "+" + subset);
        }
      }
    }
  }

  /** {@code ns/name+subset} for every subset every DestinationRule defines. */
  private static Set<String> definedSubsets(AnalysisContext context) {
    Set<String> defined = new HashSet<>();
    for (DestinationRule rule : context.resources().destinationRules()) {
      String host = IstioHostNames.resourceName(rule.namespace(), rule.spec().host());
      for (DestinationRule.Subset subset : rule.spec().subsets()) {
        defined.add(host + "+" + subset.name());
      }
    }
    return defined;
  }
}
