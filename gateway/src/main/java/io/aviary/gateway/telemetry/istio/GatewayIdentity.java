package io.aviary.gateway.telemetry.istio;

/**
 * Who the gateway is, as the {@code source_*} labels of every report show it. Defaults mirror an istioctl-installed
 * {@code istio-ingressgateway}, so dashboards written for Istio find Aviary's traffic under the same names.
 *
 * @param workload {@code source_workload}, e.g. {@code istio-ingressgateway}
 * @param namespace {@code source_workload_namespace}, e.g. {@code istio-system}
 * @param app {@code source_app}
 * @param version {@code source_version}; {@code unknown} when the gateway carries no version label
 * @param canonicalService {@code source_canonical_service}
 * @param canonicalRevision {@code source_canonical_revision}; Istio's default is {@code latest}
 * @param principal {@code source_principal}; {@code unknown} without mutual TLS
 * @param cluster {@code source_cluster}, the mesh's cluster id
 */
public record GatewayIdentity(
    String workload,
    String namespace,
    String app,
    String version,
    String canonicalService,
    String canonicalRevision,
    String principal,
    String cluster) {

  /** The name an istioctl install gives the ingress gateway's Deployment, app label and canonical service. */
  public static final String INGRESS_GATEWAY = "istio-ingressgateway";

  public GatewayIdentity {
    workload = LabelValue.orUnknown(workload);
    namespace = LabelValue.orUnknown(namespace);
    app = LabelValue.orUnknown(app);
    version = LabelValue.orUnknown(version);
    canonicalService = LabelValue.orUnknown(canonicalService);
    canonicalRevision = LabelValue.orDefault(canonicalRevision, LabelValue.LATEST);
    principal = LabelValue.orUnknown(principal);
    cluster = LabelValue.orUnknown(cluster);
  }

  /** An {@code istio-ingressgateway} in {@code namespace} (e.g. {@code istio-system}) of cluster {@code cluster}. */
  public static GatewayIdentity ingressGateway(String namespace, String cluster) {
    return new GatewayIdentity(
        INGRESS_GATEWAY,
        namespace,
        INGRESS_GATEWAY,
        LabelValue.UNKNOWN,
        INGRESS_GATEWAY,
        LabelValue.LATEST,
        LabelValue.UNKNOWN,
        cluster);
  }
}
