package io.aviary.gateway.upstream.balancing;

import static io.aviary.gateway.upstream.balancing.TestEndpoints.histogram;
import static io.aviary.gateway.upstream.balancing.TestEndpoints.seeded;
import static io.aviary.gateway.upstream.balancing.TestEndpoints.weighted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.policy.LoadBalancerSettings;
import io.aviary.gateway.upstream.policy.LoadBalancerSettings.Algorithm;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleBalancersTest {

  static LoadBalancer balancer(Algorithm algorithm, List<Endpoint> endpoints, ActiveRequests active) {
    return LoadBalancer.create(new LoadBalancerSettings.Simple(algorithm), endpoints, active, seeded(42));
  }

  @Test
  void roundRobinGivesEachEndpointExactlyItsWeightPerCycle() {
    LoadBalancer balancer = balancer(Algorithm.ROUND_ROBIN, weighted(1, 3, 6), new ActiveRequests(3));

    assertThat(histogram(balancer, 3, 1000)).containsExactly(100, 300, 600);
  }

  @Test
  void roundRobinWithEqualWeightsRotatesInOrder() {
    LoadBalancer balancer = balancer(Algorithm.ROUND_ROBIN, weighted(1, 1, 1), new ActiveRequests(3));

    assertThat(java.util.stream.IntStream.range(0, 6)
            .map(i -> ((Pick.Chosen) balancer.pick(RequestAttributes.NONE, e -> true)).index())
            .toArray())
        .containsExactly(0, 1, 2, 0, 1, 2);
  }

  @Test
  void roundRobinSkipsIneligibleEndpointsKeepingTheOthersProportions() {
    LoadBalancer balancer = balancer(Algorithm.ROUND_ROBIN, weighted(1, 2, 5), new ActiveRequests(3));
    int[] counts = new int[3];

    for (int i = 0; i < 8000; i++) {
      counts[((Pick.Chosen) balancer.pick(RequestAttributes.NONE, e -> e != 2)).index()]++;
    }

    assertThat(counts[2]).isZero();
    assertThat(counts[1] / (double) counts[0]).isCloseTo(2.0, within(0.01));
  }

  @Test
  void randomFollowsTheWeights() {
    LoadBalancer balancer = balancer(Algorithm.RANDOM, weighted(1, 3, 6), new ActiveRequests(3));

    int[] counts = histogram(balancer, 3, 100_000);

    assertThat(counts[0] / 100_000.0).isCloseTo(0.1, within(0.01));
    assertThat(counts[1] / 100_000.0).isCloseTo(0.3, within(0.01));
    assertThat(counts[2] / 100_000.0).isCloseTo(0.6, within(0.01));
  }

  @Test
  void randomNeverPicksAnIneligibleEndpointAndReportsWhenNoneIsLeft() {
    LoadBalancer balancer = balancer(Algorithm.RANDOM, weighted(100, 1), new ActiveRequests(2));

    for (int i = 0; i < 1000; i++) {
      assertThat(((Pick.Chosen) balancer.pick(RequestAttributes.NONE, e -> e == 1)).index()).isEqualTo(1);
    }
    assertThat(balancer.pick(RequestAttributes.NONE, e -> false)).isInstanceOf(Pick.NoneAvailable.class);
  }

  @Test
  void leastRequestWithoutLoadFollowsTheWeights() {
    LoadBalancer balancer = balancer(Algorithm.LEAST_REQUEST, weighted(1, 1, 2), new ActiveRequests(3));

    int[] counts = histogram(balancer, 3, 100_000);

    assertThat(counts[2] / 100_000.0).isGreaterThan(0.45);
    assertThat(counts[0] / 100_000.0).isCloseTo(counts[1] / 100_000.0, within(0.02));
  }

  @Test
  void leastRequestPrefersTheLessLoadedEndpoint() {
    ActiveRequests active = new ActiveRequests(3);
    for (int i = 0; i < 10; i++) {
      active.started(0);
    }
    LoadBalancer balancer = balancer(Algorithm.LEAST_REQUEST, weighted(1, 1, 1), active);

    int[] counts = histogram(balancer, 3, 90_000);

    // The busy endpoint wins only when both draws land on it: 1/9 of the time.
    assertThat(counts[0] / 90_000.0).isCloseTo(1 / 9.0, within(0.01));
    assertThat(counts[1]).isGreaterThan(counts[0] * 3);
  }

  @Test
  void emptyClusterHasNothingToPick() {
    LoadBalancer balancer = balancer(Algorithm.LEAST_REQUEST, List.of(), new ActiveRequests(0));

    assertThat(balancer.pick(RequestAttributes.NONE, e -> true)).isInstanceOf(Pick.NoneAvailable.class);
  }
}
