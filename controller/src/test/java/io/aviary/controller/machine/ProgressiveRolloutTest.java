package io.aviary.controller.machine;

import static io.aviary.controller.machine.Rollout.failing;
import static io.aviary.controller.machine.Rollout.healthy;
import static io.aviary.controller.machine.Rollout.noData;
import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.action.Action;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.status.CheckRecord;
import io.aviary.controller.status.Phase;
import io.aviary.controller.status.Verdict;
import io.aviary.testkit.SampleManifests;
import org.junit.jupiter.api.Test;

class ProgressiveRolloutTest {

  private static final String SEED_ANALYSIS = """
      interval: 30s
      threshold: 5
      maxWeight: 50
      stepWeight: 10
      metrics:
      - {name: request-success-rate, thresholdRange: {min: 99}, interval: 1m}
      - {name: request-duration, thresholdRange: {max: 500}, interval: 1m}
      """;

  @Test
  void promotesTheSeedGuidesCanaryFromV1ToV2InStepsOfTenUpToFifty() {
    Rollout rollout = Rollout.ofFile(SampleManifests.aviary("next-canary.yaml"));

    rollout.expect(healthy(), Phase.INITIALIZED, 0);
    assertThat(rollout.actions(Action.SetWeights.class)).singleElement()
        .satisfies(w -> assertThat(w.stableSubset() + w.stableWeight()).isEqualTo("v1100"));
    rollout.expect(healthy(), Phase.PROGRESSING, 0);
    for (int weight = 10; weight <= 50; weight += 10) {
      rollout.expect(healthy(), Phase.PROGRESSING, weight);
      Action.SetWeights set = rollout.actions(Action.SetWeights.class).getFirst();
      assertThat(set.canarySubset()).isEqualTo("v2");
      assertThat(set.canaryWeight()).isEqualTo(weight);
      assertThat(set.stableWeight()).isEqualTo(100 - weight);
    }
    rollout.expect(healthy(), Phase.PROMOTING, 50);
    rollout.expect(healthy(), Phase.FINALISING, 0);
    assertThat(rollout.actions(Action.Promote.class)).containsExactly(new Action.Promote("v2", "v1"));
    rollout.expect(healthy(), Phase.SUCCEEDED, 0);
    assertThat(rollout.status.stableSubset()).isEqualTo("v2");
    rollout.expect(healthy(), Phase.SUCCEEDED, 0);
  }

  @Test
  void walksExplicitStepWeightsAndTreatsTheLastAsTheMaximum() {
    Rollout rollout = Rollout.of("""
        interval: 1m
        threshold: 1
        stepWeights: [1, 5, 10, 50]
        """);

    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0);
    for (int weight : new int[] {1, 5, 10, 50}) {
      rollout.expect(healthy(), Phase.PROGRESSING, weight);
    }
    rollout.expect(healthy(), Phase.PROMOTING, 50).expect(healthy(), Phase.FINALISING, 0);
  }

  @Test
  void rollsBackAfterThresholdFailedChecks() {
    Rollout rollout = Rollout.of(SEED_ANALYSIS);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10).expect(healthy(), Phase.PROGRESSING, 20);

    for (int failed = 1; failed <= 4; failed++) {
      rollout.expect(failing(), Phase.PROGRESSING, 20);
      assertThat(rollout.status.failedChecks()).isEqualTo(failed);
    }
    rollout.expect(healthy(), Phase.PROGRESSING, 30);
    rollout.expect(failing(), Phase.FAILED, 0);

    assertThat(rollout.actions(Action.RollBack.class)).singleElement()
        .satisfies(back -> assertThat(back.stableSubset() + "/" + back.canarySubset()).isEqualTo("v1/v2"));
    assertThat(rollout.status.failedChecks()).isEqualTo(5);
    assertThat(rollout.status.stableSubset()).isEqualTo("v1");
  }

  @Test
  void recordsEachChecksValueRangeAndVerdictInTheStatus() {
    Rollout rollout = Rollout.of(SEED_ANALYSIS);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10).expect(failing(), Phase.PROGRESSING, 10);

    var event = rollout.status.events().getLast();
    assertThat(event.reason()).isEqualTo("CheckFailed");
    assertThat(event.message()).isEqualTo("failed checks 1/5: request-success-rate 90 < min 99");
    assertThat(event.checks()).extracting(CheckRecord::name, CheckRecord::value, CheckRecord::min, CheckRecord::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("request-success-rate", 90.0, 99.0, Verdict.FAIL),
            org.assertj.core.groups.Tuple.tuple("request-duration", 120.0, null, Verdict.PASS));
    assertThat(rollout.actions(Action.RecordEvent.class)).extracting(e -> e.event()).containsExactly(event);
  }

  @Test
  void holdsTheWeightWithoutFailingWhileThereIsNoDataUntilTheProgressDeadline() {
    Rollout rollout = Rollout.of(SEED_ANALYSIS);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10);

    for (int tick = 1; tick < 20; tick++) {
      rollout.expect(noData(), Phase.PROGRESSING, 10);
      assertThat(rollout.status.failedChecks()).isZero();
    }
    assertThat(rollout.status.events().getLast().checks()).extracting(CheckRecord::verdict)
        .containsOnly(Verdict.NO_DATA);
    rollout.expect(noData(), Phase.FAILED, 0);
    assertThat(rollout.actions(Action.RollBack.class).getFirst().reason())
        .isEqualTo("no progress for 600s (progressDeadlineSeconds 600)");
  }

  @Test
  void holdsTheWeightWhenTheMetricsBackendFails() {
    Rollout rollout = Rollout.of(SEED_ANALYSIS);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10);

    Observations down = healthy().withMetric("request-success-rate", new QueryResult.Failed("connection refused"));
    rollout.expect(down, Phase.PROGRESSING, 10).expect(down, Phase.PROGRESSING, 10);

    assertThat(rollout.status.failedChecks()).isZero();
    assertThat(rollout.status.events().getLast().message()).contains("connection refused");
    rollout.expect(healthy(), Phase.PROGRESSING, 20);
  }

  @Test
  void restartsTheRunWhenANewRevisionArrivesMidRollout() {
    Rollout rollout = Rollout.of(SEED_ANALYSIS);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 10).expect(healthy(), Phase.PROGRESSING, 20)
        .expect(failing(), Phase.PROGRESSING, 20);

    Observations newImage = Observations.of("v2@version=v2,image=next:v3")
        .withMetric("request-success-rate", new QueryResult.Value(100))
        .withMetric("request-duration", new QueryResult.Value(100));
    rollout.expect(newImage, Phase.PROGRESSING, 0);

    assertThat(rollout.status.failedChecks()).isZero();
    assertThat(rollout.status.appliedRevision()).isEqualTo("v2@version=v2,image=next:v3");
    assertThat(rollout.actions(Action.SetWeights.class)).singleElement()
        .satisfies(w -> assertThat(w.canaryWeight()).isZero());
    rollout.expect(newImage, Phase.PROGRESSING, 10);
  }

  @Test
  void promotesWithoutAnalysisWhenSkipAnalysisIsSet() {
    Rollout rollout = new Rollout(Rollout.resolve("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: next-canary}
        spec:
          skipAnalysis: true
          trafficRouting:
            istio:
              virtualService: {name: next-virtual-service}
              destinationRule: {name: next-destination-rule, stableSubsetName: v1, canarySubsetName: v2}
          analysis: {interval: 30s, threshold: 5, maxWeight: 50, stepWeight: 10}
        """));

    rollout.expect(failing(), Phase.INITIALIZED, 0).expect(failing(), Phase.PROMOTING, 0)
        .expect(failing(), Phase.FINALISING, 0).expect(failing(), Phase.SUCCEEDED, 0);
    assertThat(rollout.status.stableSubset()).isEqualTo("v2");
  }

  @Test
  void movesTrafficInStepsAfterPromotionWithStepWeightPromotion() {
    Rollout rollout = Rollout.of("""
        interval: 30s
        threshold: 1
        maxWeight: 50
        stepWeight: 50
        stepWeightPromotion: 25
        """);
    rollout.expect(healthy(), Phase.INITIALIZED, 0).expect(healthy(), Phase.PROGRESSING, 0)
        .expect(healthy(), Phase.PROGRESSING, 50).expect(healthy(), Phase.PROMOTING, 50);

    rollout.expect(healthy(), Phase.PROMOTING, 75).expect(healthy(), Phase.FINALISING, 0);
    assertThat(rollout.actions(Action.Promote.class)).hasSize(1);
  }
}
