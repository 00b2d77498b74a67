package io.aviary.validation.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.AnalyzerRun;
import io.aviary.validation.Finding;
import org.junit.jupiter.api.Test;

class VirtualServiceHostRuleTest {

  @Test
  void rejectsTheWildcardHostOnAMeshBoundVirtualService() {
    var findings = AnalyzerRun.onText("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: all}
        spec:
          hosts:
          - "*"
          gateways: [mesh, public]
          http:
          - route:
            - destination: {host: reviews}
        """, new VirtualServiceHostRule());

    assertThat(findings).extracting(Finding::code, Finding::line, Finding::message).containsExactly(tuple("IST0106", 6,
        "Schema validation error: wildcard host * is not allowed for virtual services bound to the mesh gateway"));
  }

  @Test
  void acceptsTheWildcardHostOnAGatewayOnlyVirtualService() {
    assertThat(AnalyzerRun.onText("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: all}
        spec:
          hosts: ["*"]
          gateways: [public]
          http:
          - route:
            - destination: {host: reviews}
        """, new VirtualServiceHostRule())).isEmpty();
  }

  @Test
  void rejectsAHostlessVirtualServiceNobodyDelegatesTo() {
    var findings = AnalyzerRun.onText("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: orphan}
        spec:
          gateways: [public]
          http:
          - route:
            - destination: {host: reviews}
        """, new VirtualServiceHostRule());

    assertThat(findings).extracting(Finding::line, Finding::message).containsExactlyInAnyOrder(
        tuple(5, "Schema validation error: delegate virtual service must have no gateways specified"),
        tuple(4, "Schema validation error: virtual service has no hosts and no virtual service in the input "
            + "delegates to it"));
  }

  @Test
  void acceptsAHostlessVirtualServiceThatARootDelegatesTo() {
    assertThat(AnalyzerRun.onText("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: root, namespace: test}
        spec:
          hosts: ["*"]
          gateways: [istio-system/gw]
          http:
          - delegate: {name: podinfo}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: podinfo, namespace: test}
        spec:
          http:
          - route:
            - destination: {host: podinfo}
        """, new VirtualServiceHostRule())).isEmpty();
  }

  @Test
  void requiresSomeRoutes() {
    assertThat(AnalyzerRun.onText("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: empty}
        spec:
          hosts: [reviews]
        """, new VirtualServiceHostRule())).extracting(Finding::line, Finding::message).containsExactly(
        tuple(4, "Schema validation error: http, tcp or tls must be provided in virtual service"));
  }
}
