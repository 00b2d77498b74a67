package io.aviary.controller.machine;

import static io.aviary.controller.machine.Rollout.healthy;
import static io.aviary.controller.machine.Rollout.noData;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.action.Action;
import io.aviary.controller.status.Phase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategiesTest {

  @Test
  void sendsMatchingRequestsToTheCanaryForTheIterationsOfAnABTest() {
    Rollout rollout = Rollout.of("""
        interval: 1m
        threshold: 2
        iterations: 3
        match:
        - headers:
            user-agent: {regex: ".*Chrome.*"}
        """);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 0);

    Action.SetWeights ab = rollout.actions(Action.SetWeights.class).getFirst();
    assertThat(ab.match()).containsExactly(Map.of("headers", Map.of("user-agent", Map.of("regex", ".*Chrome.*"))));
    assertThat(ab.canaryWeight()).isEqualTo(100);
    rollout.expect(healthy(), Phase.PROGRESSING, 0).expect(healthy(), Phase.PROGRESSING, 0);
    assertThat(rollout.status.iterations()).isEqualTo(2);
    rollout.expect(healthy(), Phase.PROMOTING, 0).expect(healthy(), Phase.FINALISING, 0);
    assertThat(rollout.actions(Action.Promote.class)).containsExactly(new Action.Promote("v2", "v1"));
  }

  @Test
  void keepsUserTrafficOnStableDuringBlueGreenIterationsThenSwitchesAtOnce() {
    Rollout rollout = Rollout.of("""
        interval: 1m
        threshold: 2
        iterations: 2
        metrics:
        - {name: request-success-rate, thresholdRange: {min: 99}}
        - {name: request-duration, thresholdRange: {max: 500}}
        """);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 0);
    assertThat(rollout.actions(Action.SetWeights.class)).singleElement()
        .satisfies(w -> assertThat(w.canaryWeight() + w.mirrorPercent()).isZero());

    rollout.expect(noData(), Phase.PROGRESSING, 0);
    assertThat(rollout.status.iterations()).as("a tick without data is no iteration").isZero();
    rollout.expect(healthy(), Phase.PROGRESSING, 0).expect(healthy(), Phase.PROMOTING, 0)
        .expect(healthy(), Phase.FINALISING, 0);
    assertThat(rollout.status.stableSubset()).isEqualTo("v2");
  }

  @Test
  void mirrorsTrafficToTheCanaryForOneTickBeforeShiftingWeight() {
    Rollout rollout = Rollout.of("""
        interval: 30s
        threshold: 2
        maxWeight: 20
        stepWeight: 10
        mirror: true
        mirrorWeight: 40
        """);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 0);
    assertThat(rollout.actions(Action.SetWeights.class)).singleElement()
        .satisfies(w -> assertThat(List.of(w.canaryWeight(), w.mirrorPercent())).containsExactly(0, 40));
    assertThat(rollout.status.traffic().mirroring()).isTrue();

    rollout.expect(healthy(), Phase.PROGRESSING, 10);
    assertThat(rollout.actions(Action.SetWeights.class)).singleElement()
        .satisfies(w -> assertThat(List.of(w.canaryWeight(), w.mirrorPercent())).containsExactly(10, 0));
    rollout.expect(healthy(), Phase.PROGRESSING, 20).expect(healthy(), Phase.PROMOTING, 20);
  }

  @Test
  void keepsCanaryUsersOnTheCanaryWithSessionAffinity() {
    Rollout rollout = Rollout.of("""
        interval: 30s
        threshold: 2
        stepWeight: 10
        sessionAffinity: {cookieName: canary, maxAge: 600}
        """);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10);

    Action.SetWeights set = rollout.actions(Action.SetWeights.class).getFirst();
    assertThat(set.affinity()).isNotNull();
    assertThat(set.affinity().cookieName()).isEqualTo("canary");
    assertThat(set.affinity().maxAge()).isEqualTo(Duration.ofMinutes(10));
  }
}
