package io.aviary.gateway.upstream.policy;

import io.aviary.model.istio.DestinationRule;
import io.aviary.model.istio.PortSelector;
import io.aviary.model.istio.TrafficPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Computes a cluster's {@link EffectivePolicy}. The merge follows Istio's {@code MergeTrafficPolicy}: a subset's
 * policy replaces top-level fields one first-level field at a time (no deep merge); then port-level settings
 * for the cluster's port replace fields the same way, without inheriting from the objects they replace.
 */
public final class TrafficPolicyResolver {

  private TrafficPolicyResolver() {}

  /**
   * @param rule the DestinationRule for the cluster's host, if any
   * @param subset the subset name, or {@code ""} for the whole service
   * @param port the cluster's service port
   */
  public static EffectivePolicy resolve(@Nullable DestinationRule rule, String subset, int port) {
    if (rule == null) {
      return EffectivePolicy.DEFAULT;
    }
    TrafficPolicy top = rule.spec().trafficPolicy() == null ? TrafficPolicy.NONE : rule.spec().trafficPolicy();
    TrafficPolicy subsetPolicy = subset.isEmpty()
        ? null
        : rule.spec().subset(subset).map(DestinationRule.Subset::trafficPolicy).orElse(null);
    TrafficPolicy merged = forPort(top.overriddenBy(subsetPolicy), port);
    return new EffectivePolicy(
        LoadBalancerSettings.from(merged.loadBalancer()),
        ConnectionLimits.from(merged.connectionPool()),
        OutlierSettings.from(merged.outlierDetection()));
  }

  private static TrafficPolicy forPort(TrafficPolicy policy, int port) {
    for (TrafficPolicy.PortTrafficPolicy level : policy.portLevelSettings()) {
      PortSelector selector = level.port();
      if (selector != null && selector.number() != null && selector.number() == port) {
        return new TrafficPolicy(
            level.loadBalancer() != null ? level.loadBalancer() : policy.loadBalancer(),
            level.connectionPool() != null ? level.connectionPool() : policy.connectionPool(),
            level.outlierDetection() != null ? level.outlierDetection() : policy.outlierDetection(),
            level.tls() != null ? level.tls() : policy.tls(),
            policy.portLevelSettings());
      }
    }
    return policy;
  }
}
