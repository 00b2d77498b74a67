package io.aviary.routing.match;

import io.aviary.routing.RequestView;

/** One ANDed condition of a match block, compiled. */
public interface Condition {

  boolean test(RequestView request);

  /**
   * Why {@code request} fails this condition, e.g. {@code header user-agent regex ".*Chrome.*" did not match
   * "curl/8.0"}. For explanations only: it may allocate.
   */
  String failure(RequestView request);

  /** Whether this condition is evaluated per request by a sidecar only (client namespace, labels, port). */
  default boolean dependsOnClient() {
    return false;
  }
}
