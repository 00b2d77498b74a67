package io.aviary.controller.machine;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.controller.action.Action;
import io.aviary.controller.observe.Observations;
import io.aviary.controller.observe.QueryResult;
import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.CheckRecord;
import io.aviary.controller.status.Phase;
import io.aviary.controller.status.Verdict;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rollouts judged by the sequential judge, ticked with explicit instants and seeded traffic. */
class SequentialRolloutTest {

  private static final String JUDGED = """
      interval: 10s
      threshold: 5
      maxWeight: 50
      stepWeight: 10
      judge: {type: sequential}
      """;

  private final SimulatedTraffic traffic = new SimulatedTraffic(11, 1000);

  @Test
  void rollsBackAFiveTimesWorseCanaryWithinAFewTicksAndShowsTheEvidence() {
    Rollout rollout = started(JUDGED.replace("stepWeight: 10", "stepWeight: 5"));

    int ticks = 0;
    while (rollout.status.phase() == Phase.PROGRESSING && ticks < 12) {
      rollout.tick(observe(rollout, 0.01, 0.05, 1));
      ticks++;
    }

    assertThat(rollout.status.phase()).isEqualTo(Phase.FAILED);
    assertThat(rollout.status.failedChecks()).isZero();
    CanaryEvent rejected = event(rollout, "JudgeRejected");
    assertThat(rejected.message()).contains("rolling back at once").contains("no failed-check threshold applies");
    assertThat(rejected.checks()).filteredOn(check -> check.name().equals("judge/errors")).singleElement()
        .satisfies(check -> {
          assertThat(check.verdict()).isEqualTo(Verdict.FAIL);
          assertThat(check.detail()).startsWith("errors: canary 5xx rate ").contains("x primary, 99% CS [")
              .contains("e-value");
          assertThat(check.value()).isGreaterThanOrEqualTo(check.max());
        });
    assertThat(rollout.actions(Action.RollBack.class)).singleElement()
        .satisfies(back -> assertThat(back.reason()).contains("sequential judge found the canary worse"));
  }

  @Test
  void promotesAHealthyCanaryStepByStep() {
    Rollout rollout = started(JUDGED);

    for (int weight = 20; weight <= 50; weight += 10) {
      rollout.expect(observe(rollout, 0.001, 0.001, 1), Phase.PROGRESSING, weight);
      assertThat(judgeRecord(rollout, "judge").verdict()).isEqualTo(Verdict.PASS);
    }
    rollout.expect(observe(rollout, 0.001, 0.001, 1), Phase.PROMOTING, 50)
        .expect(observe(rollout, 0.001, 0.001, 1), Phase.FINALISING, 0)
        .expect(Observations.of(Rollout.V2), Phase.SUCCEEDED, 0);
    assertThat(rollout.status.stableSubset()).isEqualTo("v2");
  }

  @Test
  void catchesAFiftyPercentSlowerCanaryByItsLatencyExceedances() {
    Rollout rollout = started(JUDGED);

    for (int ticks = 0; ticks < 6 && rollout.status.phase() == Phase.PROGRESSING; ticks++) {
      rollout.tick(observe(rollout, 0.001, 0.001, 1.5));
    }

    assertThat(rollout.status.phase()).isEqualTo(Phase.FAILED);
    assertThat(event(rollout, "JudgeRejected").message()).contains("latency-p").contains("p99, 99% CS: canary [");
  }

  @Test
  void holdsWithoutTrafficCountsAndNeverBlamesTheCanary() {
    Rollout rollout = started(JUDGED);

    for (int i = 0; i < 3; i++) {
      rollout.expect(Observations.of(Rollout.V2), Phase.PROGRESSING, 10);
    }

    assertThat(rollout.status.failedChecks()).isZero();
    assertThat(lastEvent(rollout).reason()).isEqualTo("Held");
    assertThat(judgeRecord(rollout, "judge").verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(judgeRecord(rollout, "judge").detail()).contains("no traffic counts");
  }

  @Test
  void haltsWhenRequestsAreNotSplitAsTheWeightsSay() {
    Rollout rollout = started(JUDGED);

    rollout.expect(Observations.of(Rollout.V2).withTraffic(traffic.sample(10, 30, 0.001, 0.001, 1)),
        Phase.PROGRESSING, 10);

    assertThat(lastEvent(rollout).reason()).isEqualTo("Held");
    assertThat(lastEvent(rollout).message()).contains("requests are not split as configured");
    assertThat(judgeRecord(rollout, "judge/split").verdict()).isEqualTo(Verdict.ERROR);
    assertThat(rollout.status.failedChecks()).isZero();
  }

  @Test
  void excludesWarmUpTicksFixedInAdvance() {
    Rollout rollout = started(JUDGED.replace("{type: sequential}", "{type: sequential, warmup: 20s}"));

    rollout.expect(observe(rollout, 0.001, 0.5, 3), Phase.PROGRESSING, 10)
        .expect(observe(rollout, 0.001, 0.5, 3), Phase.PROGRESSING, 10);
    assertThat(judgeRecord(rollout, "judge").detail()).contains("warm-up");
    rollout.expect(observe(rollout, 0.001, 0.001, 1), Phase.PROGRESSING, 20)
        .expect(observe(rollout, 0.001, 0.001, 1), Phase.PROGRESSING, 30);

    assertThat(rollout.status.judge().errors().canaryTotal()).isBetween(150L, 450L);
  }

  @Test
  void aStepLastsItsIntervalWhenTheDriverTicksFaster() {
    Rollout rollout = started(JUDGED.replace("interval: 10s", "interval: 30s"), Duration.ofSeconds(10));

    int events = rollout.status.events().size();
    rollout.expect(observe(rollout, 0.001, 0.001, 1), Phase.PROGRESSING, 10);
    assertThat(rollout.status.events()).as("a tick between step ends records nothing").hasSize(events);
    rollout.expect(observe(rollout, 0.001, 0.001, 1), Phase.PROGRESSING, 10)
        .expect(observe(rollout, 0.001, 0.001, 1), Phase.PROGRESSING, 20);
  }

  @Test
  void advancesOnEvidenceBeforeTheIntervalIsUp() {
    Rollout rollout = started("""
        interval: 60s
        threshold: 5
        maxWeight: 50
        stepWeight: 10
        judge: {type: sequential, advanceOnEvidence: true, minCanaryRequests: 300, latencyQuantiles: [50]}
        """, Duration.ofSeconds(10));

    int ticks = 0;
    while (rollout.status.canaryWeight() == 10 && ticks < 5) {
      rollout.tick(observe(rollout, 0.1, 0.1, 1));
      ticks++;
    }

    assertThat(rollout.status.canaryWeight()).isEqualTo(20);
    assertThat(judgeRecord(rollout, "judge").detail()).contains("every comparison shows the canary less than");
  }

  @Test
  void keepsCountingFlaggerThresholdChecksAlongsideTheJudge() {
    Rollout rollout = started(JUDGED + "metrics:\n- {name: request-success-rate, thresholdRange: {min: 99}}\n");

    rollout.expect(observe(rollout, 0.001, 0.001, 1).withMetric("request-success-rate", new QueryResult.Value(90)),
        Phase.PROGRESSING, 10);

    assertThat(rollout.status.failedChecks()).isEqualTo(1);
    assertThat(lastEvent(rollout).reason()).isEqualTo("CheckFailed");
  }

  @Test
  void startsAFreshJudgeForANewRevision() {
    Rollout rollout = started(JUDGED);
    rollout.tick(observe(rollout, 0.001, 0.01, 1));
    assertThat(rollout.status.judge().errors().canaryTotal()).isPositive();

    rollout.tick(Observations.of("v2@version=v3"));

    assertThat(rollout.status.judge()).isNull();
  }

  /** Initialised, run started, first traffic routed: the judge's thresholds are fixed from that tick's primary. */
  private Rollout started(String analysis) {
    return started(analysis, Duration.ofSeconds(10));
  }

  private Rollout started(String analysis, Duration tickLength) {
    Rollout rollout = Rollout.of(analysis);
    rollout.tickLength = tickLength;
    rollout.expect(observe(rollout, 0.001, 0.001, 1), Phase.INITIALIZED, 0)
        .expect(observe(rollout, 0.001, 0.001, 1), Phase.PROGRESSING, 0)
        .expect(observe(rollout, 0.001, 0.001, 1), Phase.PROGRESSING, rollout.spec.analysis().weights().next(0));
    assertThat(rollout.status.judge()).isNotNull();
    assertThat(rollout.status.judge().latencyThresholds()).isNotEmpty();
    return rollout;
  }

  /** A tick's counts at the weight in force since the last tick. */
  private Observations observe(Rollout rollout, double stableRate, double canaryRate, double canaryScale) {
    return traffic.observe(rollout.status.canaryWeight(), stableRate, canaryRate, canaryScale);
  }

  private static CanaryEvent lastEvent(Rollout rollout) {
    return rollout.status.events().getLast();
  }

  private static CanaryEvent event(Rollout rollout, String reason) {
    return rollout.status.events().stream().filter(e -> e.reason().equals(reason)).findFirst().orElseThrow();
  }

  private static CheckRecord judgeRecord(Rollout rollout, String name) {
    return rollout.status.events().reversed().stream().flatMap(e -> e.checks().stream())
        .filter(check -> check.name().equals(name)).findFirst().orElseThrow();
  }
}
