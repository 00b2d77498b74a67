package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import org.junit.jupiter.api.Test;

class UniqueNameRuleTest {

  @Test
  void rejectsARepeatedGatewayPortNameAtTheRepeat() {
    var findings = AnalyzerRun.onText("""
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: gw}
        spec:
          servers:
          - port: {number: 80, name: http, protocol: HTTP}
            hosts: ["*"]
          - port: {number: 8080, name: http, protocol: HTTP}
            hosts: ["*"]
        """, new UniqueNameRule());

    assertThat(findings).extracting(f -> f.code(), f -> f.line(), f -> f.message()).containsExactly(tuple(
        "IST0106", 8, "Schema validation error: port names in servers must be unique: duplicate name http"));
  }

  @Test
  void rejectsARepeatedSubsetName() {
    var findings = AnalyzerRun.onText("""
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: reviews}
        spec:
          host: reviews
          subsets:
          - name: v1
            labels: {version: v1}
          - name: v1
            labels: {version: v2}
        """, new UniqueNameRule());

    assertThat(findings).extracting(f -> f.line(), f -> f.message())
        .containsExactly(tuple(9, "Schema validation error: duplicate subset names: v1"));
  }
}
