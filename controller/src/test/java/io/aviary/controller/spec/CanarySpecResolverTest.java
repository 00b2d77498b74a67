package io.aviary.controller.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.aviary.Canary;
import io.aviary.model.load.ManifestLoader;
import io.aviary.testkit.SampleManifests;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanarySpecResolverTest {

  private final CanarySpecResolver resolver = new CanarySpecResolver();

  private static Canary canary(String yaml) {
    return (Canary) new ManifestLoader("default").loadText(yaml, "c.yaml").manifests().getFirst().resource();
  }

  @Test
  void resolvesTheSeedRolloutWithFlaggersDefaults() {
    Canary seed = (Canary) new ManifestLoader("default")
        .load(List.of(SampleManifests.aviary("next-canary.yaml").toString())).manifests().getFirst().resource();

    CanarySpec spec = ((Resolution.Resolved) resolver.resolve(seed)).spec();

    assertThat(spec.routing()).isEqualTo(
        new SubsetRouting("next-virtual-service", List.of(), "next-destination-rule", "v1", "v2"));
    assertThat(spec.analysis().interval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(spec.analysis().threshold()).isEqualTo(5);
    assertThat(spec.analysis().strategy()).isEqualTo(Strategy.CANARY);
    assertThat(spec.analysis().weights().max()).isEqualTo(50);
    assertThat(spec.progressDeadline()).isEqualTo(Duration.ofSeconds(600));
    assertThat(spec.analysis().metrics()).extracting(MetricCheck::name, MetricCheck::min, MetricCheck::max)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("request-success-rate", 99.0, null),
            org.assertj.core.groups.Tuple.tuple("request-duration", null, 500.0));
  }

  @Test
  void appliesFlaggersDefaultsAndRaisesSubSecondIntervalsToOneSecond() {
    CanarySpec spec = ((Resolution.Resolved) resolver.resolve(canary("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: c}
        spec:
          trafficRouting:
            istio:
              virtualService: {name: vs}
              destinationRule: {name: dr, stableSubsetName: v1, canarySubsetName: v2}
          analysis:
            interval: 500ms
            stepWeight: 5
            mirror: true
            metrics:
            - {name: request-success-rate, threshold: 99}
            - {name: request-duration, threshold: 500}
        """))).spec();

    assertThat(spec.analysis().interval()).isEqualTo(Duration.ofSeconds(1));
    assertThat(spec.analysis().threshold()).isEqualTo(1);
    assertThat(spec.analysis().weights().max()).isEqualTo(100);
    assertThat(spec.analysis().mirroring()).isEqualTo(new Mirroring(true, 100));
    assertThat(spec.analysis().metrics()).extracting(MetricCheck::min, MetricCheck::max)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(99.0, null),
            org.assertj.core.groups.Tuple.tuple(null, 500.0));
  }

  @Test
  void namesEveryFieldThatPreventsARun() {
    Resolution resolution = resolver.resolve(canary("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: c}
        spec:
          trafficRouting:
            istio:
              virtualService: {name: vs}
              destinationRule: {name: dr, stableSubsetName: v1, canarySubsetName: v1}
          analysis:
            interval: soon
            webhooks:
            - {name: w, type: pre-flight, url: "http://x"}
        """));

    assertThat(((Resolution.Invalid) resolution).problems()).containsExactly(
        "trafficRouting.istio.destinationRule.canarySubsetName: v1 (expected: a subset other than the stable one)",
        "analysis.stepWeight: missing (expected: stepWeight, stepWeights or iterations)",
        "analysis.interval: soon (expected: a positive duration such as 30s or 1m)",
        "analysis.webhooks[0].type: pre-flight (expected: one of confirm-rollout, pre-rollout, rollout, "
            + "confirm-traffic-increase, confirm-promotion, post-rollout, rollback, event)");
  }

  @Test
  void requiresTrafficRoutingInEmbeddedMode() {
    Resolution resolution = resolver.resolve(canary("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: c}
        spec:
          analysis: {stepWeight: 10}
        """));

    assertThat(((Resolution.Invalid) resolution).problems()).containsExactly(
        "trafficRouting.istio: missing (expected: virtualService and destinationRule to route by subsets)");
  }
}
