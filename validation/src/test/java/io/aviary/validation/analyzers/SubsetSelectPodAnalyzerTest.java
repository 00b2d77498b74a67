package io.aviary.validation.analyzers;

import static io.aviary.validation.analyzers.AnalyzerRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.validation.Finding;
import io.aviary.validation.Level;
import org.junit.jupiter.api.Test;

class SubsetSelectPodAnalyzerTest {

  private static final String SERVICE_AND_DEPLOYMENT = """
      apiVersion: v1
      kind: Service
      metadata: {name: reviews, namespace: default}
      spec:
        selector: {app: reviews}
        ports: [{name: http, port: 9080}]
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: reviews-v1, namespace: default}
      spec:
        replicas: 2
        selector: {matchLabels: {app: reviews, version: v1}}
        template:
          metadata: {labels: {app: reviews, version: v1}}
          spec: {containers: [{name: app, image: reviews:v1}]}
      ---
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: reviews-v2, namespace: default}
      spec:
        replicas: 0
        selector: {matchLabels: {app: reviews, version: v2}}
        template:
          metadata: {labels: {app: reviews, version: v2}}
          spec: {containers: [{name: app, image: reviews:v2}]}
      ---
      """;

  @Test
  void aSubsetWhoseLabelsSelectNoRunningWorkloadSelectsNoPods() {
    String yaml = SERVICE_AND_DEPLOYMENT + """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: reviews, namespace: default}
        spec:
          host: reviews
          subsets:
          - name: v1
            labels: {version: v1}
          - name: v2
            labels: {version: v2}
        """;
    assertThat(AnalyzerRun.onText(yaml, new SubsetSelectPodAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(tuple("IST0173", Level.Error,
            "The Subset v2 defined in the DestinationRule does not select any pods. Which may lead to 503 UH"
                + " (NoHealthyUpstream).",
            lineOf(yaml, "- name: v2")));
  }

  @Test
  void aHostNoServiceDefinesIsUnknown() {
    String yaml = SERVICE_AND_DEPLOYMENT + """
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: fake-host, namespace: default}
        spec:
          host: fake-host
          subsets:
          - name: v1
            labels: {version: v1}
        """;
    assertThat(AnalyzerRun.onText(yaml, new SubsetSelectPodAnalyzer()))
        .extracting(Finding::code, Finding::level, Finding::message, Finding::line)
        .containsExactly(tuple("IST0174", Level.Warning,
            "The host fake-host defined in the DestinationRule does not match any services in the mesh.",
            lineOf(yaml, "host: fake-host")));
  }

  @Test
  void podsWorkloadEntriesAndServiceEntrySelectorsSatisfySubsets() {
    String yaml = SERVICE_AND_DEPLOYMENT + """
        apiVersion: v1
        kind: Pod
        metadata:
          name: reviews-v2-abc
          namespace: default
          labels: {app: reviews, version: v2}
        spec:
          containers: [{name: app, image: reviews:v2}]
        ---
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: vm, namespace: default}
        spec:
          hosts: [vm.example.com]
          ports: [{number: 80, name: http, protocol: HTTP}]
          workloadSelector: {labels: {app: vm}}
        ---
        apiVersion: networking.istio.io/v1
        kind: WorkloadEntry
        metadata: {name: vm-1, namespace: default}
        spec:
          address: 10.0.0.1
          labels: {app: vm, version: v1}
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: reviews, namespace: default}
        spec:
          host: reviews.default.svc.cluster.local
          subsets:
          - {name: v1, labels: {version: v1}}
          - {name: v2, labels: {version: v2}}
        ---
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata: {name: vm, namespace: default}
        spec:
          host: vm.example.com
          subsets:
          - {name: v1, labels: {version: v1}}
        """;
    assertThat(AnalyzerRun.onText(yaml, new SubsetSelectPodAnalyzer())).isEmpty();
  }
}
