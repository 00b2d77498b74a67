package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * {@code LEAST_REQUEST}, Istio's default: the power of two choices. Two eligible endpoints are drawn at random
 * (by weight) and the one with fewer requests in flight per unit of weight wins; ties go to the first draw.
 * With equal weights this is Envoy's P2C. With unequal weights Envoy instead schedules by
 * {@code weight / (active + 1)}; drawing by weight and comparing {@code (active + 1) / weight} gives the same
 * tendency (heavier and less busy endpoints win) without a shared scheduler.
 */
final class LeastRequestBalancer implements LoadBalancer {

  private final List<Endpoint> endpoints;
  private final WeightedDraw draw;
  private final ActiveRequests active;
  private final RandomSource random;

  LeastRequestBalancer(List<Endpoint> endpoints, ActiveRequests active, RandomSource random) {
    if (active.size() != endpoints.size()) {
      throw new IllegalArgumentException(
          "active requests for " + active.size() + " endpoints (expected: " + endpoints.size() + ")");
    }
    this.endpoints = List.copyOf(endpoints);
    this.draw = new WeightedDraw(this.endpoints);
    this.active = active;
    this.random = random;
  }

  @Override
  public Pick pick(RequestAttributes request, IntPredicate eligible) {
    RandomGenerator generator = random.current();
    int first = draw.draw(generator, eligible);
    if (first < 0) {
      return new Pick.NoneAvailable();
    }
    int second = draw.draw(generator, eligible);
    int chosen = second < 0 || lessLoaded(first, second) ? first : second;
    return new Pick.Chosen(chosen, endpoints.get(chosen), null);
  }

  /** Whether {@code a} carries no more load per unit of weight than {@code b}. */
  private boolean lessLoaded(int a, int b) {
    long loadA = (long) (active.get(a) + 1) * draw.weight(b);
    long loadB = (long) (active.get(b) + 1) * draw.weight(a);
    return loadA <= loadB;
  }
}
