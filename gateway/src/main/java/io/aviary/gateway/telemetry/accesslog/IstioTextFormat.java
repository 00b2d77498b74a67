package io.aviary.gateway.telemetry.accesslog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Formats entries in Istio's default {@code TEXT} access log format, the one istiod configures on every proxy when
 * {@code meshConfig.accessLogFile} is set, so log tooling written for Istio parses Aviary's lines:
 *
 * <pre>{@value #FORMAT}</pre>
 *
 * <p>Not thread-safe (it reuses one buffer): each writer thread owns its own instance.
 */
public final class IstioTextFormat {

  /** Istio's default text format (meshConfig {@code accessLogFormat} unset), including the trailing newline. */
  public static final String FORMAT = "[%START_TIME%] \"%REQ(:METHOD)% %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%\""
      + " %RESPONSE_CODE% %RESPONSE_FLAGS% %RESPONSE_CODE_DETAILS% %CONNECTION_TERMINATION_DETAILS%"
      + " \"%UPSTREAM_TRANSPORT_FAILURE_REASON%\" %BYTES_RECEIVED% %BYTES_SENT% %DURATION%"
      + " %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)% \"%REQ(X-FORWARDED-FOR)%\" \"%REQ(USER-AGENT)%\""
      + " \"%REQ(X-REQUEST-ID)%\" \"%REQ(:AUTHORITY)%\" \"%UPSTREAM_HOST%\" %UPSTREAM_CLUSTER%"
      + " %UPSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_LOCAL_ADDRESS% %DOWNSTREAM_REMOTE_ADDRESS%"
      + " %REQUESTED_SERVER_NAME% %ROUTE_NAME%\n";

  /** Envoy's default {@code %START_TIME%}: {@code %Y-%m-%dT%H:%M:%E3SZ} in UTC. */
  private static final DateTimeFormatter START_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final String ABSENT = "-";

  private final StringBuilder line = new StringBuilder(512);

  /** One line, newline-terminated. */
  public String format(AccessLogEntry entry) {
    line.setLength(0);
    line.append('[');
    START_TIME.formatTo(entry.startTime(), line);
    line.append("] \"").append(entry.method()).append(' ').append(entry.path()).append(' ');
    line.append(entry.protocol()).append("\" ").append(entry.responseCode()).append(' ');
    field(entry.responseFlags()).field(entry.responseCodeDetails()).field(entry.connectionTerminationDetails());
    quoted(entry.upstreamTransportFailureReason());
    line.append(entry.bytesReceived()).append(' ').append(entry.bytesSent()).append(' ');
    line.append(entry.durationMillis()).append(' ');
    field(entry.upstreamServiceTime());
    quoted(entry.forwardedFor()).quoted(entry.userAgent()).quoted(entry.requestId()).quoted(entry.authority());
    quoted(entry.upstreamHost()).field(entry.upstreamCluster()).field(entry.upstreamLocalAddress());
    field(entry.downstreamLocalAddress()).field(entry.downstreamRemoteAddress());
    field(entry.requestedServerName());
    line.append(orAbsent(entry.routeName())).append('\n');
    return line.toString();
  }

  private IstioTextFormat field(@Nullable String value) {
    line.append(orAbsent(value)).append(' ');
    return this;
  }

  private IstioTextFormat quoted(@Nullable String value) {
    line.append('"').append(orAbsent(value)).append("\" ");
    return this;
  }

  private static String orAbsent(@Nullable String value) {
    return value == null || value.isEmpty() ? ABSENT : value;
  }
}
