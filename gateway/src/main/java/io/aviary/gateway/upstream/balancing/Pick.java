package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import org.jspecify.annotations.Nullable;

/** The outcome of one balancing decision. */
public sealed interface Pick {

  /**
   * @param index the endpoint's position in the cluster, for the per-endpoint counters and health state
   * @param cookie a cookie the proxy must set on the response, or {@code null}
   */
  record Chosen(int index, Endpoint endpoint, @Nullable CookieToIssue cookie) implements Pick {}

  /** No endpoint may be picked: the cluster is empty or every endpoint is unhealthy (503 {@code UH}). */
  record NoneAvailable() implements Pick {}
}
