package io.aviary.model.istio;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a VirtualService's {@code http} list. The first rule whose match blocks accept a request wins;
 * a rule without {@code match} accepts every request.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpRoute(
    @Nullable String name,
    List<HttpMatchRequest> match,
    List<RouteDestination> route,
    @Nullable HttpRedirect redirect,
    @Nullable HttpDirectResponse directResponse,
    @Nullable Delegate delegate,
    @Nullable HttpRewrite rewrite,
    @Nullable String timeout,
    @Nullable HttpRetry retries,
    @Nullable HttpFaultInjection fault,
    @Nullable Destination mirror,
    List<HttpMirrorPolicy> mirrors,
    @Nullable Percent mirrorPercentage,
    @Nullable Integer mirrorPercent,
    @Nullable CorsPolicy corsPolicy,
    Headers headers) {

  public HttpRoute {
    match = match == null ? List.of() : List.copyOf(match);
    route = route == null ? List.of() : List.copyOf(route);
    mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
    headers = headers == null ? Headers.NONE : headers;
  }
}
