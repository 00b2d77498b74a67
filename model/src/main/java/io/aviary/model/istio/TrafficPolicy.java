package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A DestinationRule traffic policy. A subset's policy replaces the top-level one field by field at the first
 * level only (no deep merge), as Istio's {@code MergeTrafficPolicy} does: see {@link #overriddenBy}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TrafficPolicy(
    @Nullable LoadBalancer loadBalancer,
    @Nullable ConnectionPool connectionPool,
    @Nullable OutlierDetection outlierDetection,
    @Nullable ClientTls tls,
    List<PortTrafficPolicy> portLevelSettings) {

  public static final TrafficPolicy NONE = new TrafficPolicy(null, null, null, null, List.of());

  public TrafficPolicy {
    portLevelSettings = portLevelSettings == null ? List.of() : List.copyOf(portLevelSettings);
  }

  /** This policy with each first-level field that {@code subset} sets replaced by the subset's. */
  public TrafficPolicy overriddenBy(@Nullable TrafficPolicy subset) {
    if (subset == null) {
      return this;
    }
    if (!subset.portLevelSettings().isEmpty()) {
      return subset;
    }
    return new TrafficPolicy(
        subset.loadBalancer() != null ? subset.loadBalancer() : loadBalancer,
        subset.connectionPool() != null ? subset.connectionPool() : connectionPool,
        subset.outlierDetection() != null ? subset.outlierDetection() : outlierDetection,
        subset.tls() != null ? subset.tls() : tls,
        portLevelSettings);
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PortTrafficPolicy(
      @Nullable PortSelector port,
      @Nullable LoadBalancer loadBalancer,
      @Nullable ConnectionPool connectionPool,
      @Nullable OutlierDetection outlierDetection,
      @Nullable ClientTls tls) {}

  /** {@code simple} (LEAST_REQUEST when unset) or {@code consistentHash}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LoadBalancer(@Nullable String simple, @Nullable ConsistentHash consistentHash) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ConsistentHash(
      @Nullable String httpHeaderName,
      @Nullable HttpCookie httpCookie,
      @Nullable Boolean useSourceIp,
      @Nullable String httpQueryParameterName,
      @Nullable Object ringHash,
      @Nullable Object maglev,
      @Nullable Long minimumRingSize) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record HttpCookie(@Nullable String name, @Nullable String path, @Nullable String ttl) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ConnectionPool(@Nullable TcpSettings tcp, @Nullable HttpSettings http) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TcpSettings(
      @Nullable Integer maxConnections,
      @Nullable String connectTimeout,
      @Nullable String idleTimeout,
      @Nullable String maxConnectionDuration) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record HttpSettings(
      @Nullable Integer http1MaxPendingRequests,
      @Nullable Integer http2MaxRequests,
      @Nullable Integer maxRequestsPerConnection,
      @Nullable Integer maxRetries,
      @Nullable String idleTimeout,
      @Nullable String h2UpgradePolicy,
      @Nullable Integer maxConcurrentStreams) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record OutlierDetection(
      @Nullable Integer consecutive5xxErrors,
      @Nullable Integer consecutiveGatewayErrors,
      @Nullable Integer consecutiveErrors,
      @Nullable String interval,
      @Nullable String baseEjectionTime,
      @Nullable Integer maxEjectionPercent,
      @Nullable Integer minHealthPercent) {}

  /** Upstream TLS: {@code mode} DISABLE, SIMPLE, MUTUAL or ISTIO_MUTUAL. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ClientTls(
      @Nullable String mode,
      @Nullable String caCertificates,
      @Nullable String credentialName,
      @Nullable String sni,
      List<String> subjectAltNames,
      @Nullable Boolean insecureSkipVerify) {
    public ClientTls {
      subjectAltNames = subjectAltNames == null ? List.of() : List.copyOf(subjectAltNames);
    }
  }
}
