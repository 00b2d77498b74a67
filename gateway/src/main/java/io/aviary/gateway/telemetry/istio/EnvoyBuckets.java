package io.aviary.gateway.telemetry.istio;

/**
 * Envoy's default histogram bucket bounds ({@code HistogramSettingsImpl::defaultBuckets()}), which Istio applies to
 * every histogram, milliseconds and bytes alike, unless a pod overrides them. Dashboards and recorded quantiles are
 * tuned to these exact bounds, so Aviary uses them unchanged.
 */
public final class EnvoyBuckets {

  private static final double[] DEFAULT_BOUNDS = {
    0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000, 3600000
  };

  private EnvoyBuckets() {}

  /** The 19 finite upper bounds ({@code +Inf} is implied); a fresh copy on each call. */
  public static double[] defaultBounds() {
    return DEFAULT_BOUNDS.clone();
  }
}
