package io.aviary.controller.status;

import java.time.Instant;
import java.util.List;

/**
 * One decision: when, in which phase, what was done ({@code reason}, e.g. {@code Advanced}, {@code Held},
 * {@code RolledBack}) and why ({@code message}), with the checks it was based on.
 */
public record CanaryEvent(
    Instant at, Phase phase, Severity severity, String reason, String message, List<CheckRecord> checks) {

  public CanaryEvent {
    checks = List.copyOf(checks);
  }

  public enum Severity {
    NORMAL,
    WARNING
  }
}
