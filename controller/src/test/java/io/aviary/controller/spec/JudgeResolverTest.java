package io.aviary.controller.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.analysis.JudgeConfig;
import io.aviary.model.aviary.Canary;
import io.aviary.model.load.ManifestLoader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JudgeResolverTest {

  private final CanarySpecResolver resolver = new CanarySpecResolver();

  private Resolution resolve(String analysis) {
    Canary canary = (Canary) new ManifestLoader("default").loadText("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: c}
        spec:
          trafficRouting:
            istio:
              virtualService: {name: vs}
              destinationRule: {name: dr, stableSubsetName: v1, canarySubsetName: v2}
          analysis:
        """ + analysis.indent(4), "c.yaml").manifests().getFirst().resource();
    return resolver.resolve(canary);
  }

  private AnalysisPlan plan(String analysis) {
    return ((Resolution.Resolved) resolve(analysis)).spec().analysis();
  }

  @Test
  void keepsFlaggersThresholdRuleWhenNoJudgeIsNamed() {
    assertThat(plan("stepWeight: 10").judge()).isNull();
    assertThat(plan("stepWeight: 10\njudge: {type: threshold}").judge()).isNull();
  }

  @Test
  void aSequentialJudgeAloneGetsTheDefaults() {
    JudgeConfig config = plan("stepWeight: 10\njudge: {type: sequential}").judge().config();

    assertThat(config).isEqualTo(JudgeConfig.defaults());
    assertThat(config.alpha()).isEqualTo(0.01);
    assertThat(config.latencyQuantiles()).containsExactly(50.0, 90.0, 99.0);
  }

  @Test
  void readsEveryTuningField() {
    JudgeConfig config = plan("""
        stepWeight: 10
        judge:
          type: sequential
          alpha: 0.005
          errorTolerance: 2
          errorDispersion: 1
          latencyQuantiles: [99]
          latencyTolerance: 0.2
          warmup: 1m
          minCanaryRequests: 1000
          advanceOnEvidence: true
          harmRatio: 3
          minSuccessRate: 99
          errorMargin: 0.5
        """).judge().config();

    assertThat(config).isEqualTo(new JudgeConfig(0.005, 2, 1, List.of(99.0), 0.2, Duration.ofMinutes(1), 1000, true,
        3, JudgeConfig.DEFAULT_EVIDENCE_LEVEL, true, JudgeConfig.DEFAULT_SPLIT_ALPHA, 99, 0.5));
  }

  @Test
  void turnsTheSplitCheckOffWhenSessionsStickToAVersion() {
    JudgeConfig config = plan("stepWeight: 10\nsessionAffinity: {cookieName: c}\njudge: {type: sequential}")
        .judge().config();

    assertThat(config.checkSplit()).isFalse();
  }

  @Test
  void namesEachBadValueByItsField() {
    Resolution resolution = resolve("""
        stepWeight: 10
        judge:
          type: sequential
          alpha: 2
          errorTolerance: 0.5
          latencyQuantiles: [99, 100]
          warmup: soon
          minCanaryRequests: -1
          harmRatio: 1
          minSuccessRate: 100
          errorMargin: 0
        """);

    assertThat(((Resolution.Invalid) resolution).problems()).containsExactly(
        "analysis.judge.alpha: 2 (expected: 0 < alpha < 1)",
        "analysis.judge.errorTolerance: 0.5 (expected: 1..16)",
        "analysis.judge.latencyQuantiles[1]: 100 (expected: a percentile, 0 < q < 100)",
        "analysis.judge.warmup: soon (expected: a duration such as 0s, 30s or 2m)",
        "analysis.judge.minCanaryRequests: -1 (expected: 0 or more)",
        "analysis.judge.harmRatio: 1 (expected: 1 < harmRatio <= 64)",
        "analysis.judge.minSuccessRate: 100 (expected: a percentage, 0 < rate < 100)",
        "analysis.judge.errorMargin: 0 (expected: percentage points, 0 < margin < 100)");
  }

  @Test
  void rejectsAnUnknownTypeAndStrategiesWithoutAWeightedSplit() {
    assertThat(((Resolution.Invalid) resolve("stepWeight: 10\njudge: {type: bayesian}")).problems())
        .containsExactly("analysis.judge.type: bayesian (expected: sequential or threshold)");
    assertThat(((Resolution.Invalid) resolve("iterations: 5\njudge: {type: sequential}")).problems())
        .singleElement().asString().startsWith("analysis.judge.type: sequential (expected: threshold for A/B");
  }
}
