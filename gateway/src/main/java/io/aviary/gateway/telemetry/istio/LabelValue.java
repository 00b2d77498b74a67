package io.aviary.gateway.telemetry.istio;

import org.jspecify.annotations.Nullable;

/** Istio's fill-ins for label values it cannot know: {@code unknown}, and {@code latest} for canonical revisions. */
final class LabelValue {

  static final String UNKNOWN = "unknown";
  static final String LATEST = "latest";

  private LabelValue() {}

  static String orUnknown(@Nullable String value) {
    return orDefault(value, UNKNOWN);
  }

  static String orDefault(@Nullable String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
