package io.aviary.controller.machine;

import static io.aviary.controller.machine.Rollout.healthy;
import static io.aviary.controller.machine.Rollout.noData;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.action.Action;
import io.aviary.controller.observe.Command;
import io.aviary.controller.status.Phase;
import org.junit.jupiter.api.Test;

class CommandsTest {

  private static Rollout atWeightTwenty() {
    return Rollout.of("""
            interval: 30s
            threshold: 5
            maxWeight: 50
            stepWeight: 10
            """)
        .expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10).expect(healthy(), Phase.PROGRESSING, 20);
  }

  @Test
  void promotesAtOnceOnAPromoteCommand() {
    Rollout rollout = atWeightTwenty();

    rollout.expect(healthy().withCommand(Command.PROMOTE), Phase.PROMOTING, 20)
        .expect(healthy(), Phase.FINALISING, 0).expect(healthy(), Phase.SUCCEEDED, 0);
    assertThat(rollout.status.stableSubset()).isEqualTo("v2");
  }

  @Test
  void rollsBackAtOnceOnARollbackCommand() {
    Rollout rollout = atWeightTwenty();

    rollout.expect(healthy().withCommand(Command.ROLLBACK), Phase.FAILED, 0);
    assertThat(rollout.actions(Action.RollBack.class)).singleElement()
        .satisfies(back -> assertThat(back.reason()).isEqualTo("rollback ordered"));
    rollout.expect(healthy(), Phase.FAILED, 0);
  }

  @Test
  void freezesWeightAndDeadlineWhilePausedAndContinuesOnResume() {
    Rollout rollout = atWeightTwenty();

    rollout.expect(healthy().withCommand(Command.PAUSE), Phase.PROGRESSING, 20);
    for (int tick = 0; tick < 40; tick++) {
      rollout.expect(noData(), Phase.PROGRESSING, 20);
      assertThat(rollout.last.actions()).isEmpty();
    }
    rollout.expect(healthy().withCommand(Command.RESUME), Phase.PROGRESSING, 30);
    assertThat(rollout.status.paused()).isFalse();
  }

  @Test
  void recordsAPromoteCommandWithNoRunAsIgnored() {
    Rollout rollout = Rollout.of("{interval: 30s, threshold: 1, stepWeight: 10}")
        .expect(healthy(), Phase.INITIALIZED, 0);

    rollout.status = rollout.status.withRevisions(Rollout.V2, null);
    rollout.expect(healthy().withCommand(Command.PROMOTE), Phase.INITIALIZED, 0);
    assertThat(rollout.status.events().getLast().reason()).isEqualTo("CommandIgnored");
  }

  @Test
  void doesNothingWhileTheCanaryIsSuspended() {
    Rollout suspended = new Rollout(Rollout.resolve("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: next-canary}
        spec:
          suspend: true
          trafficRouting:
            istio:
              virtualService: {name: next-virtual-service}
              destinationRule: {name: next-destination-rule, stableSubsetName: v1, canarySubsetName: v2}
          analysis: {interval: 30s, threshold: 5, stepWeight: 10}
        """));

    suspended.expect(healthy(), Phase.INITIALIZING, 0).expect(healthy(), Phase.INITIALIZING, 0);
    assertThat(suspended.last.actions()).isEmpty();
  }
}
