package io.aviary.gateway.telemetry.istio;

import java.util.Map;

/**
 * The {@code destination_*} labels and request protocol of one upstream endpoint, as the proxy knows it from the
 * route destination and the endpoint it picked. Build one per endpoint when the configuration is compiled and keep
 * it: {@link IstioMetrics#destination(DestinationIdentity)} resolves it once to a pre-bound {@link DestinationSeries}.
 * Requests that reached no endpoint (404 {@code NR}, 503 {@code UH}) use {@link #unreached(String, String)}.
 *
 * <p>Blank values become Istio's fill-ins: {@code unknown}, and {@code latest} for the canonical revision.
 *
 * @param workload {@code destination_workload}: the Deployment (or WorkloadEntry group) name Flagger selects by
 * @param workloadNamespace {@code destination_workload_namespace}
 * @param app {@code destination_app}: the endpoint's {@code app} label
 * @param version {@code destination_version}: the endpoint's {@code version} label
 * @param service {@code destination_service}: the service FQDN, or the request's host when no service matched
 * @param serviceName {@code destination_service_name}: the short service name
 * @param serviceNamespace {@code destination_service_namespace}
 * @param canonicalService {@code destination_canonical_service}
 * @param canonicalRevision {@code destination_canonical_revision}
 * @param principal {@code destination_principal}; {@code unknown} without mutual TLS
 * @param cluster {@code destination_cluster}
 * @param protocol {@code request_protocol}: {@code http} or {@code grpc}
 */
public record DestinationIdentity(
    String workload,
    String workloadNamespace,
    String app,
    String version,
    String service,
    String serviceName,
    String serviceNamespace,
    String canonicalService,
    String canonicalRevision,
    String principal,
    String cluster,
    String protocol) {

  public static final String HTTP = "http";
  public static final String GRPC = "grpc";

  public DestinationIdentity {
    workload = LabelValue.orUnknown(workload);
    workloadNamespace = LabelValue.orUnknown(workloadNamespace);
    app = LabelValue.orUnknown(app);
    version = LabelValue.orUnknown(version);
    service = LabelValue.orUnknown(service);
    serviceName = LabelValue.orUnknown(serviceName);
    serviceNamespace = LabelValue.orUnknown(serviceNamespace);
    canonicalService = LabelValue.orUnknown(canonicalService);
    canonicalRevision = LabelValue.orDefault(canonicalRevision, LabelValue.LATEST);
    principal = LabelValue.orUnknown(principal);
    cluster = LabelValue.orUnknown(cluster);
    protocol = LabelValue.orDefault(protocol, HTTP);
  }

  /**
   * The identity of a request that reached no endpoint. Istio then falls back to the request's host for
   * {@code destination_service}; every other destination label is {@code unknown}.
   */
  public static DestinationIdentity unreached(String requestHost, String protocol) {
    String unknown = LabelValue.UNKNOWN;
    return new DestinationIdentity(
        unknown, unknown, unknown, unknown, requestHost, unknown, unknown, unknown, LabelValue.LATEST, unknown,
        unknown, protocol);
  }

  /**
   * An endpoint's identity derived the way Istio derives it from pod labels: canonical service from
   * {@code service.istio.io/canonical-name}, {@code app.kubernetes.io/name}, {@code app}, else the workload name;
   * canonical revision from {@code service.istio.io/canonical-revision}, {@code app.kubernetes.io/version},
   * {@code version}, else {@code latest}. Service name and namespace are the first two parts of
   * {@code serviceFqdn} ({@code name.namespace.svc.cluster.local}).
   */
  public static DestinationIdentity ofEndpoint(
      String workload,
      String workloadNamespace,
      Map<String, String> labels,
      String serviceFqdn,
      String cluster,
      String protocol) {
    String[] hostParts = serviceFqdn.split("\\.", 3);
    String canonicalService =
        firstPresent(labels, workload, "service.istio.io/canonical-name", "app.kubernetes.io/name", "app");
    String canonicalRevision = firstPresent(
        labels, LabelValue.LATEST, "service.istio.io/canonical-revision", "app.kubernetes.io/version", "version");
    return new DestinationIdentity(
        workload,
        workloadNamespace,
        labels.getOrDefault("app", LabelValue.UNKNOWN),
        labels.getOrDefault("version", LabelValue.UNKNOWN),
        serviceFqdn,
        hostParts[0],
        hostParts.length > 1 ? hostParts[1] : workloadNamespace,
        canonicalService,
        canonicalRevision,
        LabelValue.UNKNOWN,
        cluster,
        protocol);
  }

  private static String firstPresent(Map<String, String> labels, String fallback, String... keys) {
    for (String key : keys) {
      String value = labels.get(key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return fallback;
  }
}
