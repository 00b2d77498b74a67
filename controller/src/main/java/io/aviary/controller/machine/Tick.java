package io.aviary.controller.machine;

import io.aviary.controller.action.Action;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.spec.CanarySpec;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.CanaryEvent.Severity;
import io.aviary.controller.status.CheckRecord;
import java.time.Instant;
import java.util.List;

/**
 * The inputs of one tick, with the two things every decision does: record itself (status event, RecordEvent action
 * and the {@code event} webhooks) and ask webhooks whose answers the next tick reads.
 */
record Tick(CanarySpec spec, Observations observations, Instant now) {

  Step note(Step step, String reason, String message) {
    return record(step, Severity.NORMAL, reason, message, List.of());
  }

  Step warn(Step step, String reason, String message) {
    return record(step, Severity.WARNING, reason, message, List.of());
  }

  Step record(Step step, Severity severity, String reason, String message, List<CheckRecord> checks) {
    CanaryEvent event = new CanaryEvent(now, step.status().phase(), severity, reason, message, checks);
    return ask(step.status(status -> status.withEvent(event)).with(new Action.RecordEvent(event)), HookType.EVENT,
        reason + ": " + message);
  }

  Step ask(Step step, HookType type) {
    return ask(step, type, "");
  }

  private Step ask(Step step, HookType type, String message) {
    String revision = step.status().appliedRevision() == null ? "" : step.status().appliedRevision();
    List<Action> calls = spec.analysis().hooks(type).stream()
        .<Action>map(hook -> new Action.RunWebhook(hook, step.status().phase(), revision, message))
        .toList();
    return step.with(calls);
  }

  boolean allPassed(HookType type) {
    return spec.analysis().hooks(type).stream().allMatch(hook -> observations.webhooks(type).stream()
        .anyMatch(result -> result.name().equals(hook.name()) && result.passed()));
  }

  int threshold() {
    return spec.analysis().threshold();
  }
}
