package io.aviary.gateway.proxy;

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
    double total = 0;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
        i++;
      }
      if (start == i) {
        return 0;
      }
      double value = Double.parseDouble(text.substring(start, i));
      int unitStart = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      double unit = switch (text.substring(unitStart, i)) {
        case "ns" -> 1;
        case "us", "µs" -> 1e3;
        case "ms" -> 1e6;
        case "s" -> 1e9;
        case "m" -> 60e9;
        case "h" -> 3600e9;
        default -> Double.NaN;
      };
      if (Double.isNaN(unit)) {
        return 0;
      }
      total += value * unit;
    }
    return (long) total;
  }
}
