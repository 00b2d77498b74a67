package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class GatewaySelectorAnalyzerTest {

  @Test
  void aSelectorMatchingNoWorkloadIsNotFound() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: private, namespace: default}
        spec:
          selector:
            istio: private-gateway
            app: edge
          servers:
          - port: {number: 80, name: http, protocol: HTTP}
            hosts: ["*"]
        """;
    assertThat(AnalyzerRun.onText(yaml, new GatewaySelectorAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(tuple("IST0101", Level.Error,
            "Referenced selector not found: \"app=edge,istio=private-gateway\"", lineOf(yaml, "app: edge")));
  }

  @Test
  void theEmbeddedGatewayAndPodsAreSelectableWorkloads() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: public, namespace: default}
        spec:
          selector: {istio: ingressgateway}
          servers:
          - port: {number: 80, name: http, protocol: HTTP}
            hosts: ["*"]
        ---
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: private, namespace: default}
        spec:
          selector: {istio: private-gateway}
          servers:
          - port: {number: 8080, name: http, protocol: HTTP}
            hosts: ["*"]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: private-gateway-0
          namespace: gateways
          labels: {istio: private-gateway}
        spec:
          containers: [{name: proxy, image: envoy}]
        """;
    assertThat(AnalyzerRun.onText(yaml, new GatewaySelectorAnalyzer())).isEmpty();
  }
}
