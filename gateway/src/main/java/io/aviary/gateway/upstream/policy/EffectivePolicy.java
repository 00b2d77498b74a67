package io.aviary.gateway.upstream.policy;

/**
 * What a cluster actually runs with: the DestinationRule's top-level policy, overridden by the subset's, then
 * by the port-level settings for the cluster's port, with Istio's defaults for whatever is left unset.
 */
public record EffectivePolicy(
    LoadBalancerSettings loadBalancer, ConnectionLimits connectionLimits, OutlierSettings outlierDetection) {

  /** A cluster without any DestinationRule: least request, no circuit breaking, no outlier detection. */
  public static final EffectivePolicy DEFAULT =
      new EffectivePolicy(LoadBalancerSettings.DEFAULT, ConnectionLimits.DEFAULT, new OutlierSettings.Disabled());
}
