package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

/**
 * Weighted {@code ROUND_ROBIN} without locks. A shared counter walks the positions {@code 0..W-1} of the
 * weight line (W = total weight, reduced by the weights' gcd) in steps of a stride coprime to W: every W picks
 * visit each position exactly once, so each endpoint gets exactly its weight's share per cycle, and the stride
 * (about 0.618 W) interleaves heavy endpoints with light ones instead of sending them runs. Equal weights use
 * stride 1: plain rotation. Ineligible endpoints are skipped by taking the next position.
 */
final class RoundRobinBalancer implements LoadBalancer {

  private static final double GOLDEN_RATIO_CONJUGATE = 0.6180339887;
  private static final int MAX_SKIPS = 64;

  private final List<Endpoint> endpoints;
  private final WeightedDraw line;
  private final long cycle;
  private final long stride;
  private final AtomicLong counter = new AtomicLong();

  RoundRobinBalancer(List<Endpoint> endpoints) {
    this.endpoints = List.copyOf(endpoints);
    this.line = new WeightedDraw(reducedWeights(this.endpoints));
    this.cycle = line.totalWeight();
    this.stride = strideFor(this.endpoints, cycle);
  }

  @Override
  public Pick pick(RequestAttributes request, IntPredicate eligible) {
    if (cycle == 0) {
      return new Pick.NoneAvailable();
    }
    int index = -1;
    for (int attempt = 0; attempt < Math.min(cycle, MAX_SKIPS); attempt++) {
      long position = Math.floorMod(counter.getAndIncrement(), cycle) * stride % cycle;
      index = line.indexAt(position);
      if (eligible.test(index)) {
        return new Pick.Chosen(index, endpoints.get(index), null);
      }
    }
    for (int offset = 1; offset <= endpoints.size(); offset++) {
      int next = (index + offset) % endpoints.size();
      if (eligible.test(next)) {
        return new Pick.Chosen(next, endpoints.get(next), null);
      }
    }
    return new Pick.NoneAvailable();
  }

  private static List<Endpoint> reducedWeights(List<Endpoint> endpoints) {
    int gcd = 0;
    for (Endpoint endpoint : endpoints) {
      gcd = BigInteger.valueOf(gcd).gcd(BigInteger.valueOf(endpoint.weight())).intValue();
    }
    int divisor = Math.max(gcd, 1);
    return endpoints.stream()
        .map(e -> new Endpoint(e.target(), e.weight() / divisor, e.labels(), e.source(), e.identity(),
            e.healthCheckPath()))
        .toList();
  }

  private static long strideFor(List<Endpoint> endpoints, long cycle) {
    boolean equalWeights = endpoints.stream().mapToInt(Endpoint::weight).distinct().count() <= 1;
    if (equalWeights || cycle < 3 || cycle > Integer.MAX_VALUE) {
      return 1;
    }
    long candidate = Math.max(1, Math.round(cycle * GOLDEN_RATIO_CONJUGATE));
    while (BigInteger.valueOf(candidate).gcd(BigInteger.valueOf(cycle)).longValue() != 1) {
      candidate++;
    }
    return candidate;
  }
}
