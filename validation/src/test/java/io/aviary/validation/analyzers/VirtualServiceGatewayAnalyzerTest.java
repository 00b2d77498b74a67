package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualServiceGatewayAnalyzerTest {

  private static final String GATEWAY = """
      apiVersion: networking.istio.io/v1
      kind: Gateway
      metadata: {name: public, namespace: edge}
      spec:
        selector: {istio: ingressgateway}
        servers:
        - port: {number: 80, name: http, protocol: HTTP}
          hosts: ["*.example.com", "./internal.example.org"]
      ---
      """;

  @Test
  void aMissingGatewayIsNotFoundAndServesNoHost() {
    String yaml = GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: shop, namespace: default}
        spec:
          hosts: [shop.example.com]
          gateways:
          - no-such-gateway
          http:
          - route:
            - destination: {host: shop}
        """;
    List<Finding> findings = AnalyzerRun.onText(yaml, new VirtualServiceGatewayAnalyzer());
    int line = lineOf(yaml, "- no-such-gateway");
    assertThat(findings).extracting(Finding::code, Finding::level, Finding::message, Finding::line).containsExactly(
        tuple("IST0101", Level.Error, "Referenced gateway not found: \"no-such-gateway\"", line),
        tuple("IST0132", Level.Warning,
            "one or more host [shop.example.com] defined in VirtualService default/shop not found in Gateway"
                + " default/no-such-gateway.", line));
    assertThat(findings.getFirst().toString())
        .isEqualTo("Error [IST0101] (VirtualService default/shop x.yaml:" + line
            + ") Referenced gateway not found: \"no-such-gateway\"");
  }

  @Test
  void aGatewayThatServesNoneOfTheHostsIsReported() {
    String yaml = GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: shop, namespace: default}
        spec:
          hosts: [shop.example.net, internal.example.org]
          gateways: [edge/public]
          http:
          - route:
            - destination: {host: shop}
        """;
    assertThat(AnalyzerRun.onText(yaml, new VirtualServiceGatewayAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(tuple("IST0132", Level.Warning,
            "one or more host [shop.example.net internal.example.org] defined in VirtualService default/shop not"
                + " found in Gateway edge/public.", lineOf(yaml, "gateways: [edge/public]")));
  }

  @Test
  void aGatewayServingAMatchingWildcardHostAndTheMeshNeedNoFinding() {
    String yaml = GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: shop, namespace: default}
        spec:
          hosts: [shop.example.com]
          gateways: [edge/public, mesh]
          http:
          - route:
            - destination: {host: shop}
        """;
    assertThat(AnalyzerRun.onText(yaml, new VirtualServiceGatewayAnalyzer())).isEmpty();
  }

  @Test
  void aDotSlashReferenceNamesAGatewayInTheVirtualServicesNamespace() {
    String yaml = GATEWAY + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: shop, namespace: edge}
        spec:
          hosts: [internal.example.org]
          gateways: [./public]
          http:
          - route:
            - destination: {host: shop}
        """;
    assertThat(AnalyzerRun.onText(yaml, new VirtualServiceGatewayAnalyzer())).isEmpty();
  }
}
