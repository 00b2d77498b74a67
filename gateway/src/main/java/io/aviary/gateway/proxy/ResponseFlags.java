package io.aviary.gateway.proxy;

/** Envoy's short response flags ({@code %RESPONSE_FLAGS%}), as Istio's metrics and access logs carry them. */
public final class ResponseFlags {
  public static final String NONE = "-";
  public static final String NO_ROUTE = "NR";
  public static final String NO_CLUSTER = "NC";
  public static final String NO_HEALTHY_UPSTREAM = "UH";
  public static final String UPSTREAM_CONNECTION_FAILURE = "UF";
  public static final String UPSTREAM_CONNECTION_TERMINATION = "UC";
  public static final String UPSTREAM_OVERFLOW = "UO";
  public static final String UPSTREAM_REQUEST_TIMEOUT = "UT";
  public static final String UPSTREAM_RETRY_LIMIT_EXCEEDED = "URX";
  public static final String DELAY_INJECTED = "DI";
  public static final String FAULT_INJECTED = "FI";
  public static final String DOWNSTREAM_CONNECTION_TERMINATION = "DC";
  public static final String DOWNSTREAM_PROTOCOL_ERROR = "DPE";
  public static final String STREAM_IDLE_TIMEOUT = "SI";

  private ResponseFlags() {}

  /** Envoy joins several flags with commas, e.g. {@code DI,UT}. */
  public static String join(String current, String added) {
    return current.equals(NONE) ? added : current + "," + added;
  }
}
