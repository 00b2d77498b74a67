package io.aviary.gateway.proxy;

import com.google.re2j.Pattern;
import io.aviary.model.istio.CorsPolicy;
import io.aviary.model.istio.StringMatch;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Istio's CORS policy as Envoy's CORS filter applies it: a matching {@code Origin} is echoed back; a preflight
 * ({@code OPTIONS} with {@code Access-Control-Request-Method}) from an allowed origin is answered by the gateway.
 */
final class CorsHeaders {

  private static final ConcurrentMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private CorsHeaders() {}

  /** The preflight answer's headers, or {@code null} when this is no preflight for an allowed origin. */
  static @Nullable Map<String, String> preflight(@Nullable CorsPolicy cors, ProxyRequest request) {
    if (cors == null || !request.method().equals("OPTIONS")) {
      return null;
    }
    String origin = request.header("origin");
    if (origin == null || request.header("access-control-request-method") == null || !allows(cors, origin)) {
      return null;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("access-control-allow-origin", origin);
    if (!cors.allowMethods().isEmpty()) {
      headers.put("access-control-allow-methods", String.join(",", cors.allowMethods()));
    }
    if (!cors.allowHeaders().isEmpty()) {
      headers.put("access-control-allow-headers", String.join(",", cors.allowHeaders()));
    }
    if (cors.maxAge() != null) {
      headers.put("access-control-max-age", Long.toString(IstioDurations.nanos(cors.maxAge()) / 1_000_000_000L));
    }
    if (Boolean.TRUE.equals(cors.allowCredentials())) {
      headers.put("access-control-allow-credentials", "true");
    }
    return headers;
  }

  static void addToResponse(@Nullable CorsPolicy cors, ProxyRequest request, HttpHeaders headers) {
    if (cors == null) {
      return;
    }
    String origin = request.header("origin");
    if (origin == null || !allows(cors, origin)) {
      return;
    }
    headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    if (Boolean.TRUE.equals(cors.allowCredentials())) {
      headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
    }
    if (!cors.exposeHeaders().isEmpty()) {
      headers.set(HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(",", cors.exposeHeaders()));
    }
  }

  private static boolean allows(CorsPolicy cors, String origin) {
    for (String exact : cors.allowOrigin()) {
      if (exact.equals("*") || exact.equals(origin)) {
        return true;
      }
    }
    for (StringMatch match : cors.allowOrigins()) {
      boolean matched = switch (match) {
        case StringMatch.Exact e -> e.value().equals(origin);
        case StringMatch.Prefix p -> origin.startsWith(p.value());
        case StringMatch.Regex r -> PATTERNS.computeIfAbsent(r.pattern(), Pattern::compile).matches(origin);
        case StringMatch.Present ignored -> true;
      };
      if (matched) {
        return true;
      }
    }
    return false;
  }
}
