package io.aviary.gateway.upstream.policy;

import io.aviary.model.istio.TrafficPolicy;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Passive outlier detection for a cluster: DestinationRule {@code outlierDetection} with Envoy's and Istio's
 * defaults. Without {@code outlierDetection} nothing is ever ejected ({@link Disabled}).
 */
public sealed interface OutlierSettings {

  /** Envoy's default when outlier detection is configured; Istio exposes no setting for it. */
  Duration DEFAULT_MAX_EJECTION_TIME = Duration.ofSeconds(300);

  /** No {@code outlierDetection}: no ejection; Envoy's own 50 % panic threshold applies to readiness. */
  record Disabled() implements OutlierSettings {}

  /**
   * @param consecutive5xxErrors ejection after this many 5xx in a row; 0 disables
   * @param consecutiveGatewayErrors ejection after this many 502/503/504 in a row; 0 disables
   * @param interval how often ejections are reviewed (re-admission happens on this tick)
   * @param baseEjectionTime an ejection lasts this times the number of times the endpoint was ejected
   * @param maxEjectionTime upper bound of one ejection
   * @param maxEjectionPercent at most this share of the cluster is ejected (at least one endpoint always may be)
   * @param minHealthPercent below this share of healthy endpoints the balancer ignores health (panic); 0 never
   */
  record Enabled(
      int consecutive5xxErrors,
      int consecutiveGatewayErrors,
      Duration interval,
      Duration baseEjectionTime,
      Duration maxEjectionTime,
      int maxEjectionPercent,
      int minHealthPercent)
      implements OutlierSettings {

    public Enabled {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("outlierDetection.interval: " + interval + " (expected: > 0)");
      }
      if (maxEjectionPercent < 0 || maxEjectionPercent > 100) {
        throw new IllegalArgumentException(
            "outlierDetection.maxEjectionPercent: " + maxEjectionPercent + " (expected: 0..100)");
      }
      if (minHealthPercent < 0 || minHealthPercent > 100) {
        throw new IllegalArgumentException(
            "outlierDetection.minHealthPercent: " + minHealthPercent + " (expected: 0..100)");
      }
    }

    /** How long the {@code times}-th ejection lasts: base × times, capped by {@link #maxEjectionTime}. */
    public Duration ejectionTime(int times) {
      Duration scaled = baseEjectionTime.multipliedBy(Math.max(1, times));
      Duration cap = maxEjectionTime.compareTo(baseEjectionTime) < 0 ? baseEjectionTime : maxEjectionTime;
      return scaled.compareTo(cap) > 0 ? cap : scaled;
    }
  }

  /**
   * The settings for a DestinationRule's {@code outlierDetection}. The deprecated {@code consecutiveErrors}
   * counts gateway errors only and turns the 5xx counter off, as Istio translates it.
   */
  static OutlierSettings from(TrafficPolicy.@Nullable OutlierDetection detection) {
    if (detection == null) {
      return new Disabled();
    }
    int fiveXx = orDefault(detection.consecutive5xxErrors(), 5);
    int gateway = orDefault(detection.consecutiveGatewayErrors(), 0);
    Integer legacy = detection.consecutiveErrors();
    if (legacy != null && legacy > 0) {
      gateway = legacy;
      fiveXx = 0;
    }
    return new Enabled(
        fiveXx,
        gateway,
        duration("outlierDetection.interval", detection.interval(), Duration.ofSeconds(10)),
        duration("outlierDetection.baseEjectionTime", detection.baseEjectionTime(), Duration.ofSeconds(30)),
        DEFAULT_MAX_EJECTION_TIME,
        orDefault(detection.maxEjectionPercent(), 10),
        orDefault(detection.minHealthPercent(), 0));
  }

  private static int orDefault(@Nullable Integer value, int otherwise) {
    return value == null ? otherwise : value;
  }

  private static Duration duration(String field, @Nullable String text, Duration otherwise) {
    return text == null ? otherwise : IstioDuration.parse(field, text);
  }
}
