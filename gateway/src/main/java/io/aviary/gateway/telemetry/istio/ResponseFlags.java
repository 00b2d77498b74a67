package io.aviary.gateway.telemetry.istio;

/**
 * Envoy's {@code %RESPONSE_FLAGS%} short names the gateway produces, as constants so the proxy passes the same
 * {@code String} instances every time (series lookup is then an identity hit). Several flags join with a comma,
 * e.g. {@code UT,URX}.
 */
public final class ResponseFlags {

  /** No flag set. */
  public static final String NONE = "-";
  /** No route (or virtual host) matched: 404. */
  public static final String NO_ROUTE = "NR";
  /** The route's cluster is unknown, e.g. a subset not yet in a DestinationRule: 503. */
  public static final String NO_CLUSTER = "NC";
  /** No healthy upstream endpoint: 503. */
  public static final String NO_HEALTHY_UPSTREAM = "UH";
  /** Upstream connection failure: 503. */
  public static final String UPSTREAM_CONNECTION_FAILURE = "UF";
  /** Circuit breaker overflow: 503. */
  public static final String UPSTREAM_OVERFLOW = "UO";
  /** Upstream request timeout: 504. */
  public static final String UPSTREAM_REQUEST_TIMEOUT = "UT";
  /** Upstream connection terminated mid-response. */
  public static final String UPSTREAM_CONNECTION_TERMINATION = "UC";
  /** Retry limit exceeded. */
  public static final String UPSTREAM_RETRY_LIMIT_EXCEEDED = "URX";
  /** Downstream connection terminated before the response completed. */
  public static final String DOWNSTREAM_CONNECTION_TERMINATION = "DC";
  /** Fault injection abort. */
  public static final String FAULT_INJECTED = "FI";
  /** Fault injection delay. */
  public static final String DELAY_INJECTED = "DI";

  private ResponseFlags() {}

  /** {@code flags}, or {@link #NONE} when empty: Istio never emits an empty {@code response_flags}. */
  public static String orNone(String flags) {
    return flags.isEmpty() ? NONE : flags;
  }
}
