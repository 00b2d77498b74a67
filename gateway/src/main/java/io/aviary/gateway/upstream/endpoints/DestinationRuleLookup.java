package io.aviary.gateway.upstream.endpoints;

import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.HostName;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the DestinationRule for a host, simplified from Istio: a rule whose host (expanded in the rule's own
 * namespace) equals the host, preferring one in the service's namespace, then any namespace, first in input
 * order; failing that, the same for wildcard rule hosts that cover the host. Istio's client-namespace step,
 * {@code exportTo}, {@code workloadSelector} and the merging of several rules for one host are not modelled:
 * the gateway is the only client and one rule per host is the supported shape.
 */
final class DestinationRuleLookup {

  private final List<DestinationRule> rules;

  DestinationRuleLookup(List<DestinationRule> rules) {
    this.rules = List.copyOf(rules);
  }

  Optional<DestinationRule> forHost(HostName host, String serviceNamespace) {
    DestinationRule exact = find(host, serviceNamespace, false);
    return Optional.ofNullable(exact != null ? exact : find(host, serviceNamespace, true));
  }

  private @Nullable DestinationRule find(HostName host, String serviceNamespace, boolean wildcard) {
    DestinationRule anyNamespace = null;
    for (DestinationRule rule : rules) {
      HostName ruleHost = HostName.resolve(rule.spec().host(), rule.namespace());
      boolean applies = wildcard ? ruleHost.isWildcard() && ruleHost.covers(host.value()) : ruleHost.equals(host);
      if (!applies) {
        continue;
      }
      if (rule.namespace().equals(serviceNamespace)) {
        return rule;
      }
      if (anyNamespace == null) {
        anyNamespace = rule;
      }
    }
    return anyNamespace;
  }
}
