package io.aviary.controller.spec;

import io.aviary.model.flagger.CrossNamespaceRef;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One metric check: the query (a built-in by {@code name}, or a MetricTemplate), the window it covers and the range
 * its value must fall in. A bound left null is not checked. {@code templateVariables} are the Canary's values for the
 * template's {@code {{ variables.NAME }}}, so one MetricTemplate serves several canaries.
 */
public record MetricCheck(
    String name,
    Duration window,
    @Nullable Double min,
    @Nullable Double max,
    @Nullable CrossNamespaceRef template,
    Map<String, String> templateVariables) {

  public MetricCheck {
    templateVariables = Map.copyOf(templateVariables);
  }

  /** A check without template variables: every built-in, and templates that use none. */
  public MetricCheck(
      String name, Duration window, @Nullable Double min, @Nullable Double max, @Nullable CrossNamespaceRef template) {
    this(name, window, min, max, template, Map.of());
  }

  /** Why {@code value} fails this check, or empty when it is within range. */
  public Optional<String> violation(double value) {
    if (min != null && value < min) {
      return Optional.of("%s %s < min %s".formatted(name, format(value), format(min)));
    }
    if (max != null && value > max) {
      return Optional.of("%s %s > max %s".formatted(name, format(value), format(max)));
    }
    return Optional.empty();
  }

  /** Whole numbers as they are, others to two decimals: a reader needs 84.27, not 84.26966292134831. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }
}
