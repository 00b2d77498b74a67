package io.aviary.gateway.upstream.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.endpoints.EndpointAddress;
import io.aviary.gateway.upstream.endpoints.EndpointTarget;
import io.aviary.gateway.upstream.endpoints.WorkloadIdentity;
import io.aviary.gateway.upstream.policy.OutlierSettings;
import io.aviary.model.ResourceId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ClusterHealthTest {

  final ReadinessBoard readiness = new ReadinessBoard();

  static Endpoint endpoint(int i, @Nullable String healthPath) {
    return new Endpoint(new EndpointTarget(EndpointAddress.of("10.0.0." + i), 8080), 1, Map.of(),
        new ResourceId("WorkloadEntry", "default", "e" + i), WorkloadIdentity.of(Map.of(), "e" + i, "default"),
        healthPath);
  }

  ClusterHealth health(List<Endpoint> endpoints, OutlierSettings settings) {
    return new ClusterHealth(endpoints, settings, OutlierDetector.create(settings, endpoints.size(), () -> 0L),
        readiness);
  }

  static List<Integer> eligible(IntPredicate predicate, int size) {
    return IntStream.range(0, size).filter(predicate).boxed().toList();
  }

  @Test
  void probedEndpointIsNotEligibleUntilAProbeMarksItReady() {
    List<Endpoint> endpoints = List.of(endpoint(1, null), endpoint(2, "/healthz"), endpoint(3, null));
    ClusterHealth health = health(endpoints, new OutlierSettings.Disabled());

    assertThat(eligible(health.eligibleForPick(), 3)).containsExactly(0, 2);
    readiness.markReady(endpoints.get(1).target());
    assertThat(eligible(health.eligibleForPick(), 3)).containsExactly(0, 1, 2);
    readiness.markNotReady(endpoints.get(1).target());
    assertThat(eligible(health.eligibleForPick(), 3)).containsExactly(0, 2);
  }

  @Test
  void withOutlierDetectionAllEjectedMeansNoneEligible() {
    OutlierSettings settings = new OutlierSettings.Enabled(1, 0, Duration.ofSeconds(10), Duration.ofSeconds(30),
        Duration.ofSeconds(300), 100, 0);
    ClusterHealth health = health(List.of(endpoint(1, null), endpoint(2, null)), settings);

    health.outliers().onResponse(0, 500);
    health.outliers().onResponse(1, 500);

    assertThat(eligible(health.eligibleForPick(), 2)).isEmpty();
  }

  @Test
  void withoutOutlierDetectionEnvoysPanicThresholdSpreadsOverAllWhenMostAreNotReady() {
    List<Endpoint> endpoints = List.of(endpoint(1, "/h"), endpoint(2, "/h"), endpoint(3, null));
    ClusterHealth health = health(endpoints, new OutlierSettings.Disabled());

    assertThat(eligible(health.eligibleForPick(), 3)).containsExactly(0, 1, 2);
  }
}
