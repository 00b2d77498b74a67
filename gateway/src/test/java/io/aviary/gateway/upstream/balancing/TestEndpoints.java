package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.endpoints.EndpointAddress;
import io.aviary.gateway.upstream.endpoints.EndpointTarget;
import io.aviary.gateway.upstream.endpoints.WorkloadIdentity;
import io.aviary.model.ResourceId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Endpoints {@code 10.0.0.<i>:8080} with given weights, and a seeded random source. */
final class TestEndpoints {

  private TestEndpoints() {}

  static List<Endpoint> weighted(int... weights) {
    return IntStream.range(0, weights.length).mapToObj(i -> endpoint(i, weights[i])).toList();
  }

  static List<Endpoint> equal(int count) {
    return IntStream.range(0, count).mapToObj(i -> endpoint(i, 1)).toList();
  }

  static Endpoint endpoint(int i, int weight) {
    String name = "e" + i;
    return new Endpoint(
        new EndpointTarget(EndpointAddress.of("10.0." + (i / 256) + "." + (i % 256)), 8080),
        weight,
        Map.of(),
        new ResourceId("WorkloadEntry", "default", name),
        WorkloadIdentity.of(Map.of(), name, "default"),
        null);
  }

  static RandomSource seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return () -> random;
  }

  static int[] histogram(LoadBalancer balancer, int endpoints, int picks) {
    int[] counts = new int[endpoints];
    for (int i = 0; i < picks; i++) {
      counts[((Pick.Chosen) balancer.pick(RequestAttributes.NONE, e -> true)).index()]++;
    }
    return counts;
  }
}
