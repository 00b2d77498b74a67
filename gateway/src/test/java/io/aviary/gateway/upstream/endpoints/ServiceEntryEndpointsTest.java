package io.aviary.gateway.upstream.endpoints;

import static io.aviary.gateway.upstream.endpoints.EndpointIndexTest.found;
import static io.aviary.gateway.upstream.endpoints.EndpointIndexTest.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aviary.model.istio.HostName;
import org.junit.jupiter.api.Test;

class ServiceEntryEndpointsTest {

  @Test
  void staticResolutionUsesTheInlineAddressesAndTargetPort() {
    EndpointIndex index = EndpointIndex.compile(load("""
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: legacy, namespace: default}
        spec:
          hosts: [legacy.internal]
          ports: [{number: 80, name: http, protocol: HTTP, targetPort: 8080}]
          resolution: STATIC
          endpoints:
          - {address: 10.1.0.1, labels: {version: v1}}
          - {address: 10.1.0.2, labels: {version: v2}, ports: {http: 9090}, weight: 2}
        """));

    ClusterDefinition cluster = found(index.lookup(new HostName("legacy.internal"), 80, null));

    assertThat(cluster.endpoints())
        .extracting(e -> e.target().authority(), Endpoint::weight, e -> e.address().getClass())
        .containsExactly(
            tuple("10.1.0.1:8080", 1, EndpointAddress.IpAddress.class),
            tuple("10.1.0.2:9090", 2, EndpointAddress.IpAddress.class));
    assertThat(cluster.endpoints().getFirst().source().kind()).isEqualTo("ServiceEntry");
  }

  @Test
  void dnsResolutionKeepsHostNamesUnresolvedAndFallsBackToTheHostItself() {
    EndpointIndex index = EndpointIndex.compile(load("""
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: external, namespace: default}
        spec:
          hosts: [api.example.com]
          ports: [{number: 443, name: https, protocol: TLS}]
          resolution: DNS
        ---
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: mirrors, namespace: default}
        spec:
          hosts: [mirror.example.com]
          ports: [{number: 80, name: http}]
          resolution: DNS
          endpoints: [{address: eu.mirror.example.com}, {address: us.mirror.example.com}]
        """));

    assertThat(found(index.lookup(new HostName("api.example.com"), 443, null)).endpoints())
        .extracting(Endpoint::address)
        .containsExactly(new EndpointAddress.DnsName("api.example.com"));
    assertThat(found(index.lookup(new HostName("mirror.example.com"), 80, null)).endpoints())
        .extracting(e -> e.target().authority())
        .containsExactly("eu.mirror.example.com:80", "us.mirror.example.com:80");
  }

  @Test
  void workloadSelectorPicksWorkloadEntriesInTheEntryNamespaceByServicePortName() {
    EndpointIndex index = EndpointIndex.compile(load("""
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: vms, namespace: default}
        spec:
          hosts: [vm.default.svc.cluster.local]
          ports: [{number: 80, name: http}]
          resolution: STATIC
          workloadSelector: {labels: {app: vm}}
        ---
        apiVersion: networking.istio.io/v1
        kind: WorkloadEntry
        metadata: {name: vm-1, namespace: default}
        spec: {address: 192.168.0.1, ports: {http: 8081}, labels: {app: vm, aviary.io/workload: vm-pool}}
        ---
        apiVersion: networking.istio.io/v1
        kind: WorkloadEntry
        metadata: {name: vm-2, namespace: default}
        spec: {address: 192.168.0.2, labels: {app: other}}
        """));

    ClusterDefinition cluster = found(index.lookup(new HostName("vm.default.svc.cluster.local"), 80, null));

    assertThat(cluster.endpoints())
        .extracting(e -> e.target().authority(), e -> e.identity().workload(), e -> e.identity().version())
        .containsExactly(tuple("192.168.0.1:8081", "vm-pool", "unknown"));
  }

  @Test
  void serviceEntryHostWithoutEndpointsIsAnEmptyClusterNotAnUnknownOne() {
    EndpointIndex index = EndpointIndex.compile(load("""
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata: {name: empty, namespace: default}
        spec:
          hosts: [empty.internal]
          ports: [{number: 80, name: http}]
          resolution: STATIC
        """));

    assertThat(found(index.lookup(new HostName("empty.internal"), 80, null)).hasEndpoints()).isFalse();
  }
}
