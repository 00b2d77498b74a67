package io.aviary.gateway.telemetry.istio;

import java.util.Map;

/** The seed's {@code next-service} endpoints, one per version, as the proxy would describe them. */
final class Endpoints {

  static final String SERVICE = "next-service.default.svc.cluster.local";
  static final DestinationIdentity V1 = version("v1");
  static final DestinationIdentity V2 = version("v2");

  private Endpoints() {}

  static DestinationIdentity version(String version) {
    return DestinationIdentity.ofEndpoint(
        "next-" + version,
        "default",
        Map.of("app", "next", "tier", "frontend", "version", version),
        SERVICE,
        "Kubernetes",
        DestinationIdentity.HTTP);
  }

  static IstioMetrics metrics() {
    return new IstioMetrics(GatewayIdentity.ingressGateway("istio-system", "Kubernetes"), "1.29.2");
  }
}
