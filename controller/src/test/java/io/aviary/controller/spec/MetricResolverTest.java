package io.aviary.controller.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.model.aviary.Canary;
import io.aviary.model.flagger.CrossNamespaceRef;
import io.aviary.model.load.ManifestLoader;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricResolverTest {

  @Test
  void keepsTheTemplateReferenceAndTheCanarysTemplateVariables() {
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
            stepWeight: 10
            metrics:
            - name: error-ratio
              interval: 30s
              thresholdRange: {max: 1}
              templateRef: {name: error-ratio, namespace: monitoring}
              templateVariables: {route: checkout, code: "5.*"}
        """, "c.yaml").manifests().getFirst().resource();

    CanarySpec spec = ((Resolution.Resolved) new CanarySpecResolver().resolve(canary)).spec();

    assertThat(spec.analysis().metrics()).singleElement().isEqualTo(new MetricCheck("error-ratio",
        Duration.ofSeconds(30), null, 1.0, new CrossNamespaceRef(null, null, "error-ratio", "monitoring"),
        Map.of("route", "checkout", "code", "5.*")));
  }

  @Test
  void aBuiltInCheckHasNoTemplateVariables() {
    MetricCheck check = new MetricCheck("request-success-rate", Duration.ofMinutes(1), 99.0, null, null);

    assertThat(check.templateVariables()).isEmpty();
  }
}
