package io.aviary.gateway.upstream.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.gateway.upstream.policy.LoadBalancerSettings;
import io.aviary.model.ResourceSet;
import io.aviary.model.istio.HostName;
import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import org.junit.jupiter.api.Test;

class EndpointIndexTest {

  static final HostName NEXT = new HostName("next-service.default.svc.cluster.local");

  static final String SEED = """
      apiVersion: v1
      kind: Service
      metadata: {name: next-service, namespace: default}
      spec:
        selector: {app: next}
        ports:
        - {name: http, protocol: TCP, port: 80, targetPort: 3000}
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: {name: next-destination-rule, namespace: default}
      spec:
        host: next-service
        subsets:
        - {name: v1, labels: {version: v1}}
        - {name: v2, labels: {version: v2}}
      ---
      apiVersion: networking.istio.io/v1
      kind: WorkloadEntry
      metadata: {name: next-v1-a, namespace: default}
      spec: {address: 127.0.0.1, ports: {http: 18081}, labels: {app: next, version: v1}}
      ---
      apiVersion: networking.istio.io/v1
      kind: WorkloadEntry
      metadata: {name: next-v1-b, namespace: default}
      spec: {address: 127.0.0.2, ports: {http: 18082}, labels: {app: next, version: v1}, weight: 3}
      ---
      apiVersion: networking.istio.io/v1
      kind: WorkloadEntry
      metadata:
        name: next-v2
        namespace: default
        annotations: {aviary.io/health-path: /healthz}
      spec: {address: 127.0.0.3, ports: {http: 18083}, labels: {app: next, version: v2}}
      ---
      apiVersion: networking.istio.io/v1
      kind: WorkloadEntry
      metadata: {name: elsewhere, namespace: other}
      spec: {address: 10.0.0.9, labels: {app: next, version: v1}}
      """;

  static ResourceSet load(String yaml) {
    LoadResult result = new ManifestLoader("default").loadText(yaml, "test.yaml");
    assertThat(result.errors()).isEmpty();
    return result.resources();
  }

  static ClusterDefinition found(ClusterLookup lookup) {
    assertThat(lookup).isInstanceOf(ClusterLookup.Found.class);
    return ((ClusterLookup.Found) lookup).cluster();
  }

  @Test
  void subsetClusterHoldsTheMatchingWorkloadEntriesAtTheirNamedPorts() {
    EndpointIndex index = EndpointIndex.compile(load(SEED));

    ClusterDefinition v1 = found(index.lookup(new ClusterKey(NEXT, 80, "v1")));

    assertThat(v1.key().envoyName()).isEqualTo("outbound|80|v1|next-service.default.svc.cluster.local");
    assertThat(v1.endpoints())
        .extracting(e -> e.target().authority(), Endpoint::weight, e -> e.source().name())
        .containsExactly(tuple("127.0.0.1:18081", 1, "next-v1-a"), tuple("127.0.0.2:18082", 3, "next-v1-b"));
  }

  @Test
  void wholeServiceClusterSelectsOnlyEntriesInTheServiceNamespace() {
    EndpointIndex index = EndpointIndex.compile(load(SEED));

    ClusterDefinition all = found(index.lookup(NEXT, null, null));

    assertThat(all.endpoints()).extracting(e -> e.source().name())
        .containsExactly("next-v1-a", "next-v1-b", "next-v2");
  }

  @Test
  void endpointCarriesTheTelemetryIdentityIstioWouldReport() {
    Endpoint v2 = found(EndpointIndex.compile(load(SEED)).lookup(NEXT, 80, "v2")).endpoints().getFirst();

    assertThat(v2.identity()).isEqualTo(new WorkloadIdentity("next-v2", "default", "next", "v2", "next", "v2"));
    assertThat(v2.healthCheckPath()).isEqualTo("/healthz");
  }

  @Test
  void unknownSubsetIsNoClusterWhileAnEmptySubsetIsAClusterWithoutEndpoints() {
    String yaml = SEED.replace("- {name: v2, labels: {version: v2}}",
        "- {name: v2, labels: {version: v2}}\n  - {name: v3, labels: {version: v3}}");
    EndpointIndex index = EndpointIndex.compile(load(yaml));

    assertThat(found(index.lookup(NEXT, 80, "v3")).hasEndpoints()).isFalse();
    assertThat(index.lookup(NEXT, 80, "v4")).isInstanceOfSatisfying(ClusterLookup.Unknown.class,
        unknown -> assertThat(unknown.reason()).contains("subset v4"));
    assertThat(index.lookup(NEXT, 81, null)).isInstanceOf(ClusterLookup.Unknown.class);
    assertThat(index.lookup(new HostName("nope.default.svc.cluster.local"), 80, null))
        .isInstanceOf(ClusterLookup.Unknown.class);
  }

  @Test
  void targetPortIsUsedWhenTheEntryDoesNotNameTheServicePort() {
    String yaml = SEED.replace("ports: {http: 18081}, ", "");
    EndpointIndex index = EndpointIndex.compile(load(yaml));

    assertThat(found(index.lookup(NEXT, 80, "v1")).endpoints())
        .extracting(e -> e.target().authority())
        .containsExactly("127.0.0.1:3000", "127.0.0.2:18082");
  }

  @Test
  void namedTargetPortIsLookedUpInTheEntryPortsAndEntriesWithoutItAreLeftOut() {
    String yaml = SEED.replace("{name: http, protocol: TCP, port: 80, targetPort: 3000}",
            "{name: web, protocol: TCP, port: 80, targetPort: http}")
        .replace("ports: {http: 18081}, ", "");
    EndpointIndex index = EndpointIndex.compile(load(yaml));

    assertThat(found(index.lookup(NEXT, 80, "v1")).endpoints())
        .extracting(e -> e.target().authority())
        .containsExactly("127.0.0.2:18082");
  }

  @Test
  void subsetClusterRunsWithTheSubsetsLoadBalancer() {
    String yaml = SEED.replace("- {name: v2, labels: {version: v2}}",
        "- {name: v2, labels: {version: v2}, trafficPolicy: {loadBalancer: {simple: ROUND_ROBIN}}}");
    EndpointIndex index = EndpointIndex.compile(load(yaml));

    assertThat(found(index.lookup(NEXT, 80, "v1")).policy().loadBalancer())
        .isEqualTo(LoadBalancerSettings.DEFAULT);
    assertThat(found(index.lookup(NEXT, 80, "v2")).policy().loadBalancer())
        .isEqualTo(new LoadBalancerSettings.Simple(LoadBalancerSettings.Algorithm.ROUND_ROBIN));
  }

  @Test
  void probedEndpointsListsEachAnnotatedEntryOnce() {
    EndpointIndex index = EndpointIndex.compile(load(SEED));

    assertThat(index.probedEndpoints()).extracting(e -> e.target().authority()).containsExactly("127.0.0.3:18083");
  }
}
