package io.aviary.embedded.driver;

import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.CheckRecord;
import io.aviary.model.ResourceId;
import java.util.stream.Collectors;

/** A decision as one log line: when, which canary, phase, what was done, why, and the checks behind it. */
public final class EventLine {

  private EventLine() {}

  public static String of(ResourceId canary, CanaryEvent event) {
    String checks = event.checks().isEmpty() ? ""
        : " [" + event.checks().stream().map(EventLine::check).collect(Collectors.joining("; ")) + "]";
    return "%s canary %s %s %s: %s%s".formatted(event.at(), canary.qualifiedName(), event.phase().wireName(),
        event.reason(), event.message(), checks);
  }

  static String check(CheckRecord check) {
    StringBuilder text = new StringBuilder(check.name()).append(' ').append(check.verdict());
    if (check.value() != null) {
      text.append(" value=").append(round(check.value()));
    }
    if (check.min() != null) {
      text.append(" min=").append(round(check.min()));
    }
    if (check.max() != null) {
      text.append(" max=").append(round(check.max()));
    }
    if (!check.detail().isEmpty()) {
      text.append(" (").append(check.detail()).append(')');
    }
    return text.toString();
  }

  private static String round(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.2f", value);
  }
}
