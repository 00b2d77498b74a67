package io.aviary.gateway.telemetry.istio;

/**
 * Which side of a request reports it. An Istio ingress gateway reports as {@code source}; Aviary also reports every
 * request as {@code destination}, because in embedded mode no server-side sidecar exists to do it, and Flagger's
 * built-in queries select {@code reporter="destination"}.
 */
public enum Reporter {
  SOURCE("source", "unknown"),
  DESTINATION("destination", "none");

  private final String labelValue;
  private final String connectionSecurityPolicy;

  Reporter(String labelValue, String connectionSecurityPolicy) {
    this.labelValue = labelValue;
    this.connectionSecurityPolicy = connectionSecurityPolicy;
  }

  /** The value of the {@code reporter} label. */
  public String labelValue() {
    return labelValue;
  }

  /**
   * The value of {@code connection_security_policy}: client-side reports cannot know it ({@code unknown}); the
   * server side of a plain-text hop reports {@code none} (Aviary's gateway does not originate mutual TLS).
   */
  public String connectionSecurityPolicy() {
    return connectionSecurityPolicy;
  }
}
