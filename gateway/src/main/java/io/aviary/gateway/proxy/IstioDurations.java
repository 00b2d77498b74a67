package io.aviary.gateway.proxy;

import io.aviary.model.GoDuration;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Istio/Go durations ({@code 1.5s}, {@code 250ms}, {@code 1h30m}) in nanoseconds, parsed once per distinct
 * string: routes repeat the same few values and the proxy asks on every request.
 */
final class IstioDurations {

  private static final ConcurrentMap<String, Long> PARSED = new ConcurrentHashMap<>();

  private IstioDurations() {}

  /** Nanoseconds, or 0 for {@code null}, empty or unparseable (validation rejects those before they get here). */
  static long nanos(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    return PARSED.computeIfAbsent(text, IstioDurations::parse);
  }

  private static long parse(String text) {
    return GoDuration.parse(text).filter(d -> !d.isNegative()).map(Duration::toNanos).orElse(0L);
  }
}
