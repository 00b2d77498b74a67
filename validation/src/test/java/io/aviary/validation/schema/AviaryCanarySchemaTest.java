package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.testkit.SampleManifests;
import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AviaryCanarySchemaTest {

  private static final String HEAD = """
      apiVersion: aviary.io/v1alpha1
      kind: Canary
      metadata: {name: next-canary}
      spec:
        analysis: {interval: 30s, threshold: 5, maxWeight: 50, stepWeight: 10}
      """;

  private static List<Finding> validate(String yaml) {
    return AnalyzerRun.onText(yaml, CrdSchemaValidator.shipped());
  }

  @Test
  void acceptsTheSeedGuidesRolloutWrittenAsAnAviaryCanary() throws Exception {
    Path sample = SampleManifests.aviary("next-canary.yaml");

    assertThat(validate(Files.readString(sample))).isEmpty();
  }

  @Test
  void acceptsFlaggersAnalysisFieldsVerbatim() {
    List<Finding> findings = validate("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: ab}
        spec:
          trafficRouting:
            istio:
              virtualService: {name: vs, routes: [primary]}
              destinationRule: {name: dr, stableSubsetName: v1, canarySubsetName: v2}
          analysis:
            interval: 1m
            threshold: 2
            iterations: 10
            match:
            - headers:
                x-canary: {exact: insider}
            sessionAffinity: {cookieName: canary, maxAge: 3600}
            mirror: true
            mirrorWeight: 50
            metrics:
            - name: latency
              templateRef: {name: latency, namespace: istio-system}
              thresholdRange: {max: 500}
            webhooks:
            - name: gate
              type: confirm-promotion
              url: http://loadtester/gate/check
        """);

    assertThat(findings).isEmpty();
  }

  @Test
  void requiresBothSubsetNamesOfTheDestinationRule() {
    List<Finding> findings = validate(HEAD + """
          trafficRouting:
            istio:
              virtualService: {name: next-virtual-service}
              destinationRule: {name: next-destination-rule, stableSubsetName: v1}
        """);

    assertThat(findings).extracting(Finding::message).containsExactly(
        "Schema validation error: spec.trafficRouting.istio.destinationRule.canarySubsetName: Required value");
  }

  @Test
  void rejectsAMisspelledTrafficRoutingField() {
    List<Finding> findings = validate(HEAD + """
          trafficRouting:
            istio:
              virtualService: {name: next-virtual-service}
              destinationRule: {name: dr, stableSubsetName: v1, canarySubset: v2}
        """);

    assertThat(findings).extracting(Finding::message).contains(
        "Schema validation error: spec.trafficRouting.istio.destinationRule.canarySubset: unknown field");
  }

  private static final String JUDGED = """
      apiVersion: aviary.io/v1alpha1
      kind: Canary
      metadata: {name: judged}
      spec:
        trafficRouting:
          istio:
            virtualService: {name: vs}
            destinationRule: {name: dr, stableSubsetName: v1, canarySubsetName: v2}
        analysis:
          interval: 10s
          threshold: 5
          stepWeight: 10
      """;

  @Test
  void acceptsASequentialJudgeAloneAndWithEveryTuningField() {
    assertThat(validate(JUDGED + "    judge: {type: sequential}\n")).isEmpty();
    assertThat(validate(JUDGED + """
            judge:
              type: sequential
              alpha: 0.005
              errorTolerance: 2
              errorDispersion: 1
              latencyQuantiles: [90, 99.9]
              latencyTolerance: 0.2
              warmup: 1m30s
              minCanaryRequests: 400
              advanceOnEvidence: true
              harmRatio: 3
              minSuccessRate: 99.5
              errorMargin: 0.5
        """)).isEmpty();
  }

  @Test
  void rejectsAMisspelledJudgeField() {
    assertThat(validate(JUDGED + "    judge: {type: sequential, alfa: 0.01}\n")).extracting(Finding::message)
        .contains("Schema validation error: spec.analysis.judge.alfa: unknown field");
  }

  @Test
  void rejectsAnUnknownJudgeAndOutOfRangeValues() {
    List<Finding> findings = validate(JUDGED + """
            judge:
              type: bayesian
              alpha: 1
              errorTolerance: 0.5
              latencyQuantiles: [100]
              warmup: soon
              minCanaryRequests: -3
        """);

    assertThat(findings).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("spec.analysis.judge.type"))
        .anySatisfy(m -> assertThat(m).contains("spec.analysis.judge.alpha"))
        .anySatisfy(m -> assertThat(m).contains("spec.analysis.judge.errorTolerance"))
        .anySatisfy(m -> assertThat(m).contains("spec.analysis.judge.latencyQuantiles"))
        .anySatisfy(m -> assertThat(m).contains("spec.analysis.judge.warmup"))
        .anySatisfy(m -> assertThat(m).contains("spec.analysis.judge.minCanaryRequests"));
  }

  @Test
  void requiresTheJudgesType() {
    assertThat(validate(JUDGED + "    judge: {alpha: 0.01}\n")).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("spec.analysis.judge.type"));
  }

  @Test
  void rejectsTheJudgeOnAFlaggerCanaryWhichHasNoSuchField() {
    List<Finding> findings = validate("""
        apiVersion: flagger.app/v1beta1
        kind: Canary
        metadata: {name: podinfo}
        spec:
          targetRef: {apiVersion: apps/v1, kind: Deployment, name: podinfo}
          service: {port: 9898}
          analysis:
            interval: 1m
            threshold: 5
            stepWeight: 10
            judge: {type: sequential}
        """);

    assertThat(findings).extracting(Finding::message)
        .contains("Schema validation error: spec.analysis.judge: unknown field");
  }
}
