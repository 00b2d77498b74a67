package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import java.util.List;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/** {@code RANDOM}: each request goes to an eligible endpoint drawn with probability proportional to its weight. */
final class RandomBalancer implements LoadBalancer {

  private final List<Endpoint> endpoints;
  private final WeightedDraw draw;
  private final RandomSource random;

  RandomBalancer(List<Endpoint> endpoints, RandomSource random) {
    this.endpoints = List.copyOf(endpoints);
    this.draw = new WeightedDraw(this.endpoints);
    this.random = random;
  }

  @Override
  public Pick pick(RequestAttributes request, IntPredicate eligible) {
    int index = draw.draw(random.current(), eligible);
    return index < 0 ? new Pick.NoneAvailable() : new Pick.Chosen(index, endpoints.get(index), null);
  }

  /** The pick of the endpoint at {@code index}, for balancers that share this one's endpoint list. */
  Pick endpointAt(int index, @Nullable CookieToIssue cookie) {
    return new Pick.Chosen(index, endpoints.get(index), cookie);
  }
}
