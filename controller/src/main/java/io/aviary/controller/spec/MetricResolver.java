package io.aviary.controller.spec;

import io.aviary.model.flagger.Canary.Metric;
import io.aviary.model.GoDuration;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a metric check's range. Flagger's deprecated single {@code threshold} (the seed guide's Flagger example
 * uses it) is a floor for {@code request-success-rate}, a percentage that must stay high, and a ceiling for every
 * other check, as Flagger reads it; {@code thresholdRange} wins when both are written.
 */
final class MetricResolver {

  static final String SUCCESS_RATE = "request-success-rate";
  static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);

  @Nullable MetricCheck resolve(Metric metric, List<String> problems) {
    String name = metric.name();
    if (name == null || name.isBlank()) {
      problems.add("analysis.metrics: a metric without a name (expected: a built-in name or a templateRef's name)");
      return null;
    }
    Double min = null;
    Double max = null;
    if (metric.thresholdRange() != null) {
      min = metric.thresholdRange().min();
      max = metric.thresholdRange().max();
    } else if (metric.threshold() != null && SUCCESS_RATE.equals(name)) {
      min = metric.threshold();
    } else {
      max = metric.threshold();
    }
    return new MetricCheck(name, window(name, metric.interval(), problems), min, max, metric.templateRef(),
        metric.templateVariables());
  }

  private static Duration window(String name, @Nullable String text, List<String> problems) {
    if (text == null) {
      return DEFAULT_WINDOW;
    }
    Duration window = GoDuration.parse(text).orElse(null);
    if (window == null || window.isNegative() || window.isZero()) {
      problems.add("analysis.metrics[%s].interval: %s (expected: a positive duration such as 1m)"
          .formatted(name, text));
      return DEFAULT_WINDOW;
    }
    return window;
  }
}
