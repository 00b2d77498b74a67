package io.aviary.gateway.upstream.endpoints;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The destination labels Istio's telemetry would report for an endpoint ({@code destination_workload},
 * {@code destination_version}, ...), derived once at compile time so the per-request path only copies strings.
 *
 * @param workload {@code destination_workload}
 * @param namespace {@code destination_workload_namespace}
 * @param app {@code destination_app}, {@code "unknown"} without an {@code app} label
 * @param version {@code destination_version}, {@code "unknown"} without a version label
 * @param canonicalService {@code destination_canonical_service}
 * @param canonicalRevision {@code destination_canonical_revision}, Istio's default {@code "latest"}
 */
public record WorkloadIdentity(
    String workload, String namespace, String app, String version, String canonicalService, String canonicalRevision) {

  /** Aviary's own label naming the workload explicitly, e.g. for WorkloadEntries without app/version. */
  public static final String WORKLOAD_LABEL = "aviary.io/workload";

  public static final String CANONICAL_NAME_LABEL = "service.istio.io/canonical-name";
  public static final String CANONICAL_REVISION_LABEL = "service.istio.io/canonical-revision";
  public static final String UNKNOWN = "unknown";

  /**
   * The identity of a workload with these labels. The workload name is the {@code aviary.io/workload} label,
   * else {@code <app>-<version>} (the Deployment naming the seed guide and Istio's samples use), else {@code
   * fallbackName} (the WorkloadEntry's name).
   */
  public static WorkloadIdentity of(Map<String, String> labels, String fallbackName, String namespace) {
    String app = labels.get("app");
    String versionLabel = labels.get("version");
    String canonicalRevision = labels.get(CANONICAL_REVISION_LABEL);
    String workload = labels.get(WORKLOAD_LABEL);
    if (workload == null) {
      workload = app != null && versionLabel != null ? app + "-" + versionLabel : fallbackName;
    }
    String version = firstPresent(versionLabel, canonicalRevision, UNKNOWN);
    String canonicalService = firstPresent(labels.get(CANONICAL_NAME_LABEL), app, workload);
    return new WorkloadIdentity(
        workload,
        namespace,
        app == null ? UNKNOWN : app,
        version,
        canonicalService,
        firstPresent(canonicalRevision, versionLabel, "latest"));
  }

  private static String firstPresent(@Nullable String first, @Nullable String second, String otherwise) {
    if (first != null) {
      return first;
    }
    return second != null ? second : otherwise;
  }
}
