package io.aviary.gateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.gateway.upstream.balancing.Pick;
import io.aviary.gateway.upstream.balancing.RequestAttributes;
import io.aviary.gateway.upstream.endpoints.EndpointIndex;
import io.aviary.gateway.upstream.health.ReadinessBoard;
import io.aviary.model.ResourceSet;
import io.aviary.model.istio.HostName;
import io.aviary.model.load.LoadResult;
import io.aviary.model.load.ManifestLoader;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UpstreamClustersTest {

  static final HostName NEXT = new HostName("next-service.default.svc.cluster.local");

  static final String CONFIG = """
      apiVersion: v1
      kind: Service
      metadata: {name: next-service, namespace: default}
      spec:
        selector: {app: next}
        ports: [{name: http, port: 80, targetPort: 3000}]
      ---
      apiVersion: networking.istio.io/v1
      kind: DestinationRule
      metadata: {name: next, namespace: default}
      spec:
        host: next-service
        trafficPolicy:
          outlierDetection: {consecutive5xxErrors: 2, maxEjectionPercent: 100}
        subsets:
        - {name: v1, labels: {version: v1}}
        - {name: v3, labels: {version: v3}}
      ---
      apiVersion: networking.istio.io/v1
      kind: WorkloadEntry
      metadata: {name: next-v1, namespace: default}
      spec: {address: 127.0.0.1, ports: {http: 18081}, labels: {app: next, version: v1}}
      """;

  final AtomicLong clock = new AtomicLong();
  final SplittableRandom random = new SplittableRandom(1);

  static ResourceSet load(String yaml) {
    LoadResult result = new ManifestLoader("default").loadText(yaml, "config.yaml");
    assertThat(result.errors()).isEmpty();
    return result.resources();
  }

  UpstreamClusters clusters(String yaml) {
    return UpstreamClusters.create(EndpointIndex.compile(load(yaml)), new ReadinessBoard(), clock::get, () -> random);
  }

  static UpstreamCluster found(ClusterResolution resolution) {
    assertThat(resolution).isInstanceOf(ClusterResolution.Found.class);
    return ((ClusterResolution.Found) resolution).cluster();
  }

  @Test
  void distinguishesUnknownClusterFromClusterWithoutHealthyEndpoints() {
    UpstreamClusters clusters = clusters(CONFIG);

    assertThat(clusters.resolve(NEXT, 80, "v2")).isInstanceOf(ClusterResolution.Unknown.class);
    assertThat(found(clusters.resolve(NEXT, 80, "v3")).pick(RequestAttributes.NONE))
        .isInstanceOf(Pick.NoneAvailable.class);
  }

  @Test
  void failingAttemptsEjectTheEndpointUntilItsEjectionTimeIsOver() {
    UpstreamCluster v1 = found(clusters(CONFIG).resolve(NEXT, 80, "v1"));

    for (int i = 0; i < 2; i++) {
      Pick.Chosen chosen = (Pick.Chosen) v1.pick(RequestAttributes.NONE);
      assertThat(chosen.endpoint().target().authority()).isEqualTo("127.0.0.1:18081");
      v1.begin(chosen).completed(503);
    }

    assertThat(v1.pick(RequestAttributes.NONE)).isInstanceOf(Pick.NoneAvailable.class);
    clock.set(30_000_000_000L);
    assertThat(v1.pick(RequestAttributes.NONE)).isInstanceOf(Pick.Chosen.class);
  }

  @Test
  void rebuildKeepsTheStateOfUnchangedClustersAndRenewsChangedOnes() {
    UpstreamClusters before = clusters(CONFIG);
    UpstreamCluster v1 = found(before.resolve(NEXT, 80, "v1"));

    UpstreamClusters same = before.rebuild(EndpointIndex.compile(load(CONFIG)));
    UpstreamClusters changed = before.rebuild(EndpointIndex.compile(load(CONFIG.replace("18081", "18082"))));

    assertThat(found(same.resolve(NEXT, 80, "v1"))).isSameAs(v1);
    assertThat(found(changed.resolve(NEXT, 80, "v1"))).isNotSameAs(v1);
  }

  @Test
  void attemptEndsOnlyOnce() {
    UpstreamCluster v1 = found(clusters(CONFIG).resolve(NEXT, 80, "v1"));
    UpstreamAttempt attempt = v1.begin((Pick.Chosen) v1.pick(RequestAttributes.NONE));

    attempt.completed(503);
    attempt.completed(503);
    attempt.connectFailed();

    assertThat(v1.health().isHealthy(0)).isTrue();
  }
}
