package io.aviary.controller.spec;

import io.aviary.model.flagger.CrossNamespaceRef;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One metric check: the query (a built-in by {@code name}, or a MetricTemplate), the window it covers and the range
 * its value must fall in. A bound left null is not checked.
 */
public record MetricCheck(
    String name, Duration window, @Nullable Double min, @Nullable Double max, @Nullable CrossNamespaceRef template) {

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

  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }
}
