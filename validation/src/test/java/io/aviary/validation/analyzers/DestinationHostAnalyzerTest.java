package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class DestinationHostAnalyzerTest {

  private static final String SERVICES = """
      apiVersion: v1
      kind: Service
      metadata: {name: reviews, namespace: default}
      spec:
        selector: {app: reviews}
        ports: [{name: http, port: 9080}]
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: two-ports, namespace: default}
      spec:
        ports: [{name: http, port: 80}, {name: https, port: 443}]
      ---
      apiVersion: networking.istio.io/v1
      kind: ServiceEntry
      metadata: {name: apis, namespace: default}
      spec:
        hosts: ["*.googleapis.com"]
        ports: [{number: 443, name: https, protocol: HTTPS}]
        resolution: DNS
      ---
      """;

  @Test
  void anUnknownDestinationHostIsNotFound() {
    String yaml = SERVICES + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: reviews, namespace: default}
        spec:
          hosts: [reviews]
          http:
          - route:
            - destination: {host: reviews}
              weight: 90
            - destination: {host: reviews-bogus}
              weight: 10
        """;
    assertThat(AnalyzerRun.onText(yaml, new DestinationHostAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(tuple("IST0101", Level.Error, "Referenced host not found: \"reviews-bogus\"",
            lineOf(yaml, "host: reviews-bogus")));
  }

  @Test
  void anUnknownMirrorHostIsNotFound() {
    String yaml = SERVICES + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: reviews, namespace: default}
        spec:
          hosts: [reviews]
          http:
          - route:
            - destination: {host: reviews.default.svc.cluster.local}
            mirror:
              host: shadow
        """;
    assertThat(AnalyzerRun.onText(yaml, new DestinationHostAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(tuple("IST0101", Level.Error, "Referenced mirror host not found: \"shadow\"",
            lineOf(yaml, "host: shadow")));
  }

  @Test
  void aServiceWithSeveralPortsNeedsAPortInTheDestination() {
    String yaml = SERVICES + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: two, namespace: default}
        spec:
          hosts: [two-ports]
          http:
          - route:
            - destination: {host: two-ports}
        """;
    assertThat(AnalyzerRun.onText(yaml, new DestinationHostAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(tuple("IST0112", Level.Error,
            "This VirtualService routes to a service \"two-ports\" that exposes multiple ports [80 443]. Specifying"
                + " a port in the destination is required to disambiguate.",
            lineOf(yaml, "host: two-ports}")));
  }

  @Test
  void aPortTheServiceDoesNotExposeIsNotFound() {
    String yaml = SERVICES + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: reviews, namespace: default}
        spec:
          hosts: [reviews]
          http:
          - route:
            - destination: {host: reviews, port: {number: 9999}}
        """;
    assertThat(AnalyzerRun.onText(yaml, new DestinationHostAnalyzer()))
        .extracting(Finding::code, Finding::message)
        .containsExactly(tuple("IST0101", "Referenced host:port not found: \"reviews:9999\""));
  }

  @Test
  void servicesServiceEntryWildcardsAndChosenPortsResolve() {
    String yaml = SERVICES + """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: mixed, namespace: default}
        spec:
          hosts: [reviews]
          http:
          - route:
            - destination: {host: reviews}
            - destination: {host: www.googleapis.com}
            - destination: {host: two-ports, port: {number: 443}}
        """;
    assertThat(AnalyzerRun.onText(yaml, new DestinationHostAnalyzer())).isEmpty();
  }

  @Test
  void aServiceExportedOnlyToItsOwnNamespaceIsNotFoundFromAnother() {
    String yaml = """
        apiVersion: v1
        kind: Service
        metadata:
          name: private
          namespace: team-a
          annotations: {networking.istio.io/exportTo: "."}
        spec:
          ports: [{name: http, port: 80}]
        ---
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata: {name: peek, namespace: team-b}
        spec:
          hosts: [peek]
          http:
          - route:
            - destination: {host: private.team-a.svc.cluster.local}
        """;
    assertThat(AnalyzerRun.onText(yaml, new DestinationHostAnalyzer()))
        .extracting(Finding::message)
        .containsExactly("Referenced host not found: \"private.team-a.svc.cluster.local\"");
  }
}
