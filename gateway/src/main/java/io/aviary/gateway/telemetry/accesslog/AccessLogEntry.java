package io.aviary.gateway.telemetry.accesslog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the proxy knows about one completed request, one component per command operator of Istio's default access
 * log format. Null or empty strings print as {@code -}, as in Envoy. Immutable; built on the event loop, formatted
 * on the writer thread.
 *
 * @param startTime {@code %START_TIME%}: when the first request byte arrived
 * @param method {@code %REQ(:METHOD)%}
 * @param path {@code %REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%}: the path before any rewrite
 * @param protocol {@code %PROTOCOL%}, e.g. {@code HTTP/1.1} or {@code HTTP/2}
 * @param responseCode {@code %RESPONSE_CODE%}, 0 if no response was sent
 * @param responseFlags {@code %RESPONSE_FLAGS%}, e.g. {@code -}, {@code NR}, {@code UH}
 * @param responseCodeDetails {@code %RESPONSE_CODE_DETAILS%}, e.g. {@code via_upstream}, {@code route_not_found}
 * @param connectionTerminationDetails {@code %CONNECTION_TERMINATION_DETAILS%}
 * @param upstreamTransportFailureReason {@code %UPSTREAM_TRANSPORT_FAILURE_REASON%}
 * @param bytesReceived {@code %BYTES_RECEIVED%}: request body bytes
 * @param bytesSent {@code %BYTES_SENT%}: response body bytes
 * @param durationMillis {@code %DURATION%}: first request byte to last response byte
 * @param upstreamServiceTime {@code %RESP(X-ENVOY-UPSTREAM-SERVICE-TIME)%}, milliseconds as sent in that header
 * @param forwardedFor {@code %REQ(X-FORWARDED-FOR)%}
 * @param userAgent {@code %REQ(USER-AGENT)%}
 * @param requestId {@code %REQ(X-REQUEST-ID)%}
 * @param authority {@code %REQ(:AUTHORITY)%}
 * @param upstreamHost {@code %UPSTREAM_HOST%}: the endpoint's {@code ip:port}
 * @param upstreamCluster {@code %UPSTREAM_CLUSTER%}, e.g. {@code outbound|80|v2|next-service.default.svc.cluster.local}
 * @param upstreamLocalAddress {@code %UPSTREAM_LOCAL_ADDRESS%}
 * @param downstreamLocalAddress {@code %DOWNSTREAM_LOCAL_ADDRESS%}
 * @param downstreamRemoteAddress {@code %DOWNSTREAM_REMOTE_ADDRESS%}
 * @param requestedServerName {@code %REQUESTED_SERVER_NAME%}: TLS SNI
 * @param routeName {@code %ROUTE_NAME%}: the VirtualService route's name
 */
public record AccessLogEntry(
    Instant startTime,
    String method,
    String path,
    String protocol,
    int responseCode,
    String responseFlags,
    @Nullable String responseCodeDetails,
    @Nullable String connectionTerminationDetails,
    @Nullable String upstreamTransportFailureReason,
    long bytesReceived,
    long bytesSent,
    long durationMillis,
    @Nullable String upstreamServiceTime,
    @Nullable String forwardedFor,
    @Nullable String userAgent,
    @Nullable String requestId,
    @Nullable String authority,
    @Nullable String upstreamHost,
    @Nullable String upstreamCluster,
    @Nullable String upstreamLocalAddress,
    @Nullable String downstreamLocalAddress,
    @Nullable String downstreamRemoteAddress,
    @Nullable String requestedServerName,
    @Nullable String routeName) {}
