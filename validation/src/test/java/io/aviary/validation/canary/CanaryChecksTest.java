package io.aviary.validation.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanaryChecksTest {

  private static final String DEPLOYMENT = """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: podinfo, namespace: test}
      spec: {}
      ---
      """;

  /** A Canary whose analysis block starts on line 10 (after the Deployment's 5 lines, when it is included). */
  private static String canary(String target, String analysis) {
    return """
        apiVersion: flagger.app/v1beta1
        kind: Canary
        metadata: {name: podinfo, namespace: test}
        spec:
          targetRef: {apiVersion: apps/v1, kind: Deployment, name: %s}
          service: {port: 9898}
          analysis:
        %s""".formatted(target, analysis.indent(4));
  }

  private static List<Finding> check(String yaml) {
    return AnalyzerRun.onText(yaml, new CanaryTargetCheck(), new CanaryMetricCheck(), new CanaryAnalysisCheck());
  }

  @Test
  void rejectsATargetMissingAmongTheNamespacesDeployments() {
    List<Finding> findings = check(DEPLOYMENT + canary("podinf0", "interval: 1m\nthreshold: 5\nstepWeight: 10"));

    assertThat(findings).extracting(Finding::code, Finding::level, Finding::line, Finding::message).containsExactly(
        tuple("AVY0101", Level.Error, 10,
            "targetRef.name: podinf0 (expected: a Deployment in namespace test: podinfo)"));
  }

  @Test
  void trustsTheClusterForTargetsWhenTheInputHasNoDeploymentsThere() {
    assertThat(check(canary("podinfo", "interval: 1m\nthreshold: 5\nstepWeight: 10"))).isEmpty();
  }

  @Test
  void rejectsATemplateRefToAMetricTemplateNotInTheInput() {
    List<Finding> findings = check(canary("podinfo", """
        interval: 1m
        threshold: 5
        stepWeight: 10
        metrics:
        - name: errors
          templateRef: {name: error-rate, namespace: istio-system}
        """));

    assertThat(findings).extracting(Finding::code, Finding::line, Finding::message).containsExactly(
        tuple("AVY0102", 13, "metrics[0].templateRef: istio-system/error-rate (expected: a MetricTemplate in the input)"));
  }

  @Test
  void acceptsATemplateRefToAMetricTemplateInTheInput() {
    assertThat(check("""
        apiVersion: flagger.app/v1beta1
        kind: MetricTemplate
        metadata: {name: error-rate, namespace: test}
        spec: {provider: {type: prometheus}, query: "1"}
        ---
        """ + canary("podinfo", """
        interval: 1m
        threshold: 5
        stepWeight: 10
        metrics:
        - name: errors
          templateRef: {name: error-rate}
        """))).isEmpty();
  }

  @Test
  void rejectsAnUnknownBuiltInMetric() {
    List<Finding> findings = check(canary("podinfo", """
        interval: 1m
        threshold: 5
        stepWeight: 10
        metrics:
        - name: request-success-rate
          thresholdRange: {min: 99}
        - name: request-latency
          threshold: 500
        """));

    assertThat(findings).extracting(Finding::code, Finding::line, Finding::message).containsExactly(
        tuple("AVY0103", 14,
            "metrics[1].name: request-latency (expected: request-success-rate or request-duration, or a templateRef)"));
  }

  @Test
  void rejectsWeightsOutsideOneToAHundredAndAStepAboveTheMaximum() {
    List<Finding> findings = check(canary("podinfo", "interval: 1m\nthreshold: 5\nstepWeight: 0\nmaxWeight: 101"));

    assertThat(findings).extracting(Finding::code, Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple("AVY0104", 10, "stepWeight: 0 (expected: 1..100)"),
        tuple("AVY0104", 11, "maxWeight: 101 (expected: 1..100)"));
    assertThat(check(canary("podinfo", "interval: 1m\nthreshold: 5\nstepWeight: 60\nmaxWeight: 50")))
        .extracting(Finding::line, Finding::message)
        .containsExactly(tuple(10, "stepWeight: 60 (expected: at most maxWeight 50)"));
  }

  @Test
  void rejectsStepWeightsThatDoNotIncreaseWithinOneToAHundred() {
    List<Finding> findings = check(canary("podinfo", "interval: 1m\nthreshold: 5\nstepWeights: [10, 10, 200]"));

    assertThat(findings).extracting(Finding::code, Finding::message).containsExactly(
        tuple("AVY0104", "stepWeights[1]: 10 (expected: more than stepWeights[0] 10)"),
        tuple("AVY0104", "stepWeights[2]: 200 (expected: 1..100)"));
  }

  @Test
  void rejectsAZeroThresholdNegativeIterationsAndABadInterval() {
    List<Finding> findings = check(canary("podinfo", "interval: 1x\nthreshold: 0\niterations: -1"));

    assertThat(findings).extracting(Finding::code, Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple("AVY0105", 8, "interval: 1x (expected: a positive duration such as 30s or 1m)"),
        tuple("AVY0104", 9, "threshold: 0 (expected: 1 or more)"),
        tuple("AVY0104", 10, "iterations: -1 (expected: 0 or more)"));
  }
}
