package io.aviary.model.aviary;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import io.aviary.testkit.SampleManifests;
import java.util.List;
import org.junit.jupiter.api.Test;

class AviaryCanaryDecodingTest {

  private final ManifestLoader loader = new ManifestLoader("default");

  @Test
  void decodesTheSeedRolloutWithItsSubsetsAndFlaggersAnalysis() {
    LoadResult result = loader.load(List.of(SampleManifests.aviary("next-canary.yaml").toString()));

    Canary canary = (Canary) result.manifests().getFirst().resource();
    Canary.IstioRouting istio = canary.spec().trafficRouting().istio();
    assertThat(istio.virtualService().name()).isEqualTo("next-virtual-service");
    assertThat(istio.virtualService().routes()).isEmpty();
    assertThat(istio.destinationRule().stableSubsetName()).isEqualTo("v1");
    assertThat(istio.destinationRule().canarySubsetName()).isEqualTo("v2");
    assertThat(canary.spec().analysis().interval()).isEqualTo("30s");
    assertThat(canary.spec().analysis().stepWeight()).isEqualTo(10);
    assertThat(canary.spec().analysis().metrics()).hasSize(2);
  }

  @Test
  void readsSessionAffinityFromTheAnalysisAsFlaggerSpellsIt() {
    LoadResult result = loader.loadText("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: sticky}
        spec:
          analysis:
            sessionAffinity: {cookieName: canary-session, maxAge: 120}
        """, "sticky.yaml");

    Canary canary = (Canary) result.manifests().getFirst().resource();
    assertThat(canary.spec().analysis().sessionAffinity().cookieName()).isEqualTo("canary-session");
    assertThat(canary.spec().analysis().sessionAffinity().maxAge()).isEqualTo(120);
    assertThat(canary.namespace()).isEqualTo("default");
  }

  @Test
  void readsTheSequentialJudgeFromTheAnalysis() {
    LoadResult result = loader.loadText("""
        apiVersion: aviary.io/v1alpha1
        kind: Canary
        metadata: {name: judged}
        spec:
          analysis:
            interval: 10s
            stepWeight: 10
            judge:
              type: sequential
              alpha: 0.005
              latencyQuantiles: [90, 99]
              warmup: 30s
              minCanaryRequests: 400
              advanceOnEvidence: true
        """, "judged.yaml");

    Judge judge = ((Canary) result.manifests().getFirst().resource()).spec().analysis().judge();
    assertThat(judge.type()).isEqualTo("sequential");
    assertThat(judge.alpha()).isEqualTo(0.005);
    assertThat(judge.latencyQuantiles()).containsExactly(90.0, 99.0);
    assertThat(judge.warmup()).isEqualTo("30s");
    assertThat(judge.minCanaryRequests()).isEqualTo(400L);
    assertThat(judge.advanceOnEvidence()).isTrue();
    assertThat(judge.errorTolerance()).isNull();
  }
}
