package io.aviary.simulation.policy;

import io.aviary.controller.spec.MetricCheck;
import io.aviary.simulation.telemetry.CanaryWindow;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Flagger's built-in Istio checks evaluated on the simulated canary series: {@code request-success-rate} (percent
 * non-5xx) and {@code request-duration} (histogram_quantile 0.99, ms), each over the check's own window. Other checks
 * (MetricTemplates) query systems the simulation does not have; {@link #SIMULATED} is checked before a run.
 */
public final class IstioQueries {

  static final String SUCCESS_RATE = "request-success-rate";
  static final String DURATION = "request-duration";
  /** The checks the simulation can compute. */
  public static final Set<String> SIMULATED = Set.of(SUCCESS_RATE, DURATION);

  private IstioQueries() {}

  /** The check's value, empty when Prometheus would return no sample (no canary requests in the window). */
  static OptionalDouble value(MetricCheck check, CanaryWindow window) {
    int seconds = (int) Math.max(1, check.window().toSeconds());
    return switch (check.name()) {
      case SUCCESS_RATE -> window.successRate(seconds);
      case DURATION -> window.p99(seconds);
      default -> throw new IllegalArgumentException("analysis.metrics[%s]: not simulated (expected: %s)"
          .formatted(check.name(), String.join(" or ", SIMULATED)));
    };
  }
}
