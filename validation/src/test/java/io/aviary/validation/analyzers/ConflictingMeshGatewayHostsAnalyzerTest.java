package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class ConflictingMeshGatewayHostsAnalyzerTest {

  private static final String MESSAGE = "The VirtualServices team1/productpage,team2/custom associated with mesh"
      + " gateway define the same host */productpage.default.svc.cluster.local which can lead to undefined"
      + " behavior. This can be fixed by merging the conflicting VirtualServices into a single resource.";

  @Test
  void twoMeshVirtualServicesForOneHostBothConflict() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: productpage
          namespace: team1
        spec:
          hosts: [productpage.default.svc.cluster.local]
          http:
          - route:
            - destination: {host: productpage.default.svc.cluster.local}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: custom
          namespace: team2
        spec:
          hosts: [productpage.default.svc.cluster.local]
          gateways: [mesh, some-gateway]
          http:
          - route:
            - destination: {host: productpage.default.svc.cluster.local}
        """;
    assertThat(AnalyzerRun.onText(yaml, new ConflictingMeshGatewayHostsAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactlyInAnyOrder(
            tuple("IST0109", Level.Error, MESSAGE, lineOf(yaml, "name: productpage")),
            tuple("IST0109", Level.Error, MESSAGE, lineOf(yaml, "name: custom")));
  }

  @Test
  void virtualServicesBoundOnlyToGatewaysOrExportedApartDoNotConflict() {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: edge, namespace: default}
        spec:
          hosts: [reviews]
          gateways: [public]
          http:
          - route:
            - destination: {host: reviews}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: mine, namespace: default}
        spec:
          hosts: [reviews]
          exportTo: ["."]
          http:
          - route:
            - destination: {host: reviews}
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: theirs, namespace: other}
        spec:
          hosts: [reviews.default.svc.cluster.local]
          exportTo: ["."]
          http:
          - route:
            - destination: {host: reviews.default.svc.cluster.local}
        """;
    assertThat(AnalyzerRun.onText(yaml, new ConflictingMeshGatewayHostsAnalyzer())).isEmpty();
  }
}
