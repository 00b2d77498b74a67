package io.aviary.controller.spec;

import java.util.Arrays;
import java.util.Optional;

/**
 * Flagger's webhook types, under the names Flagger's {@code type} field uses. Each type is asked at a different moment
 * of a run and means something different when it answers: a failed {@code rollout} hook is a failed check, a failed
 * {@code confirm-*} hook only holds, a passing {@code rollback} hook aborts the run.
 */
public enum HookType {
  CONFIRM_ROLLOUT("confirm-rollout"),
  PRE_ROLLOUT("pre-rollout"),
  ROLLOUT("rollout"),
  CONFIRM_TRAFFIC_INCREASE("confirm-traffic-increase"),
  CONFIRM_PROMOTION("confirm-promotion"),
  POST_ROLLOUT("post-rollout"),
  ROLLBACK("rollback"),
  EVENT("event");

  private final String wireName;

  HookType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The type a {@code type} field names; absent or empty means {@code rollout}, as in Flagger. */
  public static Optional<HookType> fromWire(String type) {
    if (type.isEmpty()) {
      return Optional.of(ROLLOUT);
    }
    return Arrays.stream(values()).filter(t -> t.wireName.equals(type)).findFirst();
  }

  /** The gates: they hold the run until they answer 2xx and never count as failed checks. */
  public boolean isGate() {
    return this == CONFIRM_ROLLOUT || this == CONFIRM_TRAFFIC_INCREASE || this == CONFIRM_PROMOTION;
  }
}
