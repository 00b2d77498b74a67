package io.aviary.gateway.telemetry;

import io.aviary.gateway.telemetry.istio.DestinationIdentity;
import io.aviary.gateway.telemetry.istio.GatewayIdentity;
import io.aviary.gateway.telemetry.istio.IstioMetrics;
import io.aviary.gateway.telemetry.subset.SubsetKey;
import io.aviary.gateway.telemetry.subset.SubsetTelemetry;

/**
 * The telemetry of one gateway: Istio's metrics for Prometheus and Flagger, and the per-subset view the in-process
 * controller reads. The proxy calls {@link #endpoint} while compiling its configuration and keeps the returned
 * {@link EndpointTelemetry} with each endpoint (and one per route for requests that found no endpoint); per request
 * it calls {@link EndpointTelemetry#record} and nothing else.
 *
 * <p>Thread-safe. Handles survive configuration reloads: equal identities resolve to the same series, so counters
 * continue instead of resetting.
 */
public final class GatewayTelemetry {

  private final IstioMetrics istio;
  private final SubsetTelemetry subsets;

  public GatewayTelemetry(IstioMetrics istio, SubsetTelemetry subsets) {
    this.istio = istio;
    this.subsets = subsets;
  }

  /** An {@code istio-ingressgateway} in {@code gatewayNamespace}, with system-clock subset windows. */
  public static GatewayTelemetry ingressGateway(String gatewayNamespace, String proxyVersion) {
    return new GatewayTelemetry(
        new IstioMetrics(GatewayIdentity.ingressGateway(gatewayNamespace, "Kubernetes"), proxyVersion),
        SubsetTelemetry.withSystemClock());
  }

  /** The handle for requests routed to {@code subset} and served (or failed) as {@code destination}. */
  public EndpointTelemetry endpoint(DestinationIdentity destination, SubsetKey subset) {
    return new EndpointTelemetry(istio.destination(destination), subsets.series(subset));
  }

  /** The handle for requests no route matched: Istio metrics only, with everything but the host unknown. */
  public EndpointTelemetry unrouted(String requestHost, String protocol) {
    return new EndpointTelemetry(istio.destination(DestinationIdentity.unreached(requestHost, protocol)), null);
  }

  public IstioMetrics istio() {
    return istio;
  }

  public SubsetTelemetry subsets() {
    return subsets;
  }
}
