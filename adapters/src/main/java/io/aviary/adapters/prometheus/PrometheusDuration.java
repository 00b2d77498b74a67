package io.aviary.adapters.prometheus;

import java.time.Duration;

/**
 * A duration as PromQL writes a range ({@code [1m]}, {@code [1m30s]}, {@code [500ms]}): Flagger renders
 * {@code {{ interval }}} as the metric's interval text, and Prometheus reads Go-style compound durations down to
 * milliseconds, so a window is written in hours, minutes, seconds and milliseconds, largest first.
 */
final class PrometheusDuration {

  private PrometheusDuration() {}

  static String format(Duration window) {
    long millis = window.toMillis();
    if (millis <= 0) {
      return "0s";
    }
    StringBuilder text = new StringBuilder();
    append(text, millis / 3_600_000, "h");
    append(text, millis / 60_000 % 60, "m");
    append(text, millis / 1000 % 60, "s");
    append(text, millis % 1000, "ms");
    return text.toString();
  }

  private static void append(StringBuilder text, long amount, String unit) {
    if (amount > 0) {
      text.append(amount).append(unit);
    }
  }
}
