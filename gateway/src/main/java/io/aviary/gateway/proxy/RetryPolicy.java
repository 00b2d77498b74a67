package io.aviary.gateway.proxy;

import io.aviary.model.istio.HttpRetry;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * A route's retry policy with Envoy's {@code retry_on} conditions. Without {@code retries} Istio's mesh default
 * applies: 2 retries on connect-failure, refused-stream, unavailable, cancelled and retriable-status-codes.
 * {@code attempts: 0} disables retries.
 */
record RetryPolicy(
    int retries,
    long perTryTimeoutNanos,
    boolean onConnectFailure,
    boolean onReset,
    boolean on5xx,
    boolean onGatewayError,
    boolean onRetriable4xx,
    Set<Integer> retriableStatusCodes) {

  static final RetryPolicy ISTIO_DEFAULT =
      parse(2, 0, "connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes");
  private static final ConcurrentMap<HttpRetry, RetryPolicy> CACHE = new ConcurrentHashMap<>();

  static RetryPolicy of(@Nullable HttpRetry retry) {
    if (retry == null) {
      return ISTIO_DEFAULT;
    }
    return CACHE.computeIfAbsent(retry, r -> parse(
        r.attempts() == null ? 2 : Math.max(0, r.attempts()),
        IstioDurations.nanos(r.perTryTimeout()),
        r.retryOn() == null || r.retryOn().isBlank()
            ? "connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes"
            : r.retryOn()));
  }

  private static RetryPolicy parse(int retries, long perTryTimeoutNanos, String retryOn) {
    Set<String> conditions = new HashSet<>();
    Set<Integer> codes = new HashSet<>();
    for (String token : retryOn.split(",")) {
      String condition = token.trim().toLowerCase(Locale.ROOT);
      if (condition.chars().allMatch(Character::isDigit) && !condition.isEmpty()) {
        codes.add(Integer.parseInt(condition));
      } else {
        conditions.add(condition);
      }
    }
    return new RetryPolicy(
        retries,
        perTryTimeoutNanos,
        conditions.contains("connect-failure") || conditions.contains("5xx") || conditions.contains("gateway-error"),
        conditions.contains("reset") || conditions.contains("5xx"),
        conditions.contains("5xx"),
        conditions.contains("gateway-error"),
        conditions.contains("retriable-4xx"),
        Set.copyOf(codes));
  }

  /** Whether an upstream answer with {@code status} may be retried. */
  boolean retriesStatus(int status) {
    if (on5xx && status >= 500) {
      return true;
    }
    if (onGatewayError && (status == 502 || status == 503 || status == 504)) {
      return true;
    }
    if (onRetriable4xx && status == 409) {
      return true;
    }
    return !retriableStatusCodes.isEmpty() && retriableStatusCodes.contains(status);
  }

  /** Whether a per-try timeout may be retried: Envoy treats it like a 504 from the upstream. */
  boolean retriesTimeout() {
    return on5xx || onGatewayError;
  }
}
