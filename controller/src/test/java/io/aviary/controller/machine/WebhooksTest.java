package io.aviary.controller.machine;

import static io.aviary.controller.machine.Rollout.healthy;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.action.Action;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.WebhookResult;
import io.aviary.controller.spec.HookType;
import io.aviary.controller.status.Phase;
import org.junit.jupiter.api.Test;

class WebhooksTest {

  private static Rollout withHook(String type) {
    return Rollout.of("""
        interval: 30s
        threshold: 2
        maxWeight: 20
        stepWeight: 10
        webhooks:
        - {name: hook, type: %s, url: "http://loadtester/gate"}
        """.formatted(type));
  }

  private static Observations answered(HookType type, boolean passed) {
    return healthy().withWebhook(new WebhookResult("hook", type, passed, passed ? "200 OK" : "403 Forbidden"));
  }

  private static boolean asked(Rollout rollout, HookType type) {
    return rollout.actions(Action.RunWebhook.class).stream().anyMatch(call -> call.hook().type() == type);
  }

  @Test
  void holdsPromotionUntilTheConfirmPromotionGatePasses() {
    Rollout rollout = withHook("confirm-promotion");
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10).expect(healthy(), Phase.PROGRESSING, 20)
        .expect(healthy(), Phase.WAITING_PROMOTION, 20);
    assertThat(asked(rollout, HookType.CONFIRM_PROMOTION)).isTrue();

    rollout.expect(answered(HookType.CONFIRM_PROMOTION, false), Phase.WAITING_PROMOTION, 20)
        .expect(answered(HookType.CONFIRM_PROMOTION, false), Phase.WAITING_PROMOTION, 20);
    assertThat(rollout.status.pendingGate()).isEqualTo(HookType.CONFIRM_PROMOTION);
    assertThat(rollout.status.failedChecks()).isZero();

    rollout.expect(answered(HookType.CONFIRM_PROMOTION, true), Phase.PROMOTING, 20)
        .expect(healthy(), Phase.FINALISING, 0).expect(healthy(), Phase.SUCCEEDED, 0);
  }

  @Test
  void rollsBackWhenTheRollbackWebhookAnswers2xx() {
    Rollout rollout = withHook("rollback");
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10);
    assertThat(asked(rollout, HookType.ROLLBACK)).isTrue();

    rollout.expect(answered(HookType.ROLLBACK, false), Phase.PROGRESSING, 20)
        .expect(answered(HookType.ROLLBACK, true), Phase.FAILED, 0);
    assertThat(rollout.actions(Action.RollBack.class).getFirst().reason())
        .isEqualTo("rollback webhook hook answered 200 OK");
  }

  @Test
  void waitsForConfirmRolloutBeforeTheCanaryGetsTraffic() {
    Rollout rollout = withHook("confirm-rollout");
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.WAITING, 0)
        .expect(answered(HookType.CONFIRM_ROLLOUT, false), Phase.WAITING, 0)
        .expect(answered(HookType.CONFIRM_ROLLOUT, true), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10);
  }

  @Test
  void countsAFailingPreRolloutWebhookAsAFailedCheck() {
    Rollout rollout = withHook("pre-rollout");
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0);
    assertThat(asked(rollout, HookType.PRE_ROLLOUT)).isTrue();

    rollout.expect(answered(HookType.PRE_ROLLOUT, false), Phase.PROGRESSING, 0);
    assertThat(rollout.status.failedChecks()).isEqualTo(1);
    rollout.expect(answered(HookType.PRE_ROLLOUT, true), Phase.PROGRESSING, 10);
  }

  @Test
  void raisesTheWeightOnlyAfterConfirmTrafficIncreasePasses() {
    Rollout rollout = withHook("confirm-traffic-increase");
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10);
    assertThat(asked(rollout, HookType.CONFIRM_TRAFFIC_INCREASE)).isTrue();

    rollout.expect(answered(HookType.CONFIRM_TRAFFIC_INCREASE, false), Phase.PROGRESSING, 10);
    assertThat(rollout.status.pendingGate()).isEqualTo(HookType.CONFIRM_TRAFFIC_INCREASE);
    rollout.expect(answered(HookType.CONFIRM_TRAFFIC_INCREASE, true), Phase.PROGRESSING, 20);
    assertThat(rollout.status.pendingGate()).isNull();
  }

  @Test
  void countsAFailingRolloutWebhookAsAFailedCheck() {
    Rollout rollout = withHook("rollout");
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10);

    rollout.expect(answered(HookType.ROLLOUT, false), Phase.PROGRESSING, 10)
        .expect(answered(HookType.ROLLOUT, false), Phase.FAILED, 0);
  }

  @Test
  void asksPostRolloutWebhooksOnceTheRunHasSucceeded() {
    Rollout rollout = withHook("post-rollout");
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10).expect(healthy(), Phase.PROGRESSING, 20)
        .expect(healthy(), Phase.PROMOTING, 20).expect(healthy(), Phase.FINALISING, 0)
        .expect(healthy(), Phase.SUCCEEDED, 0);

    assertThat(asked(rollout, HookType.POST_ROLLOUT)).isTrue();
  }
}
