package io.aviary.gateway.upstream.balancing;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.policy.HashKeySource;
import io.aviary.gateway.upstream.policy.LoadBalancerSettings;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Chooses one endpoint of a cluster per request. A balancer is built for a fixed endpoint list (a cluster of
 * one {@link io.aviary.gateway.upstream.endpoints.EndpointIndex}) and is rebuilt with it; health changes
 * between rebuilds arrive through the {@code eligible} predicate of each pick, so a balancer never holds health
 * state. Implementations are thread-safe and lock-free, and do not allocate on the common path.
 */
public sealed interface LoadBalancer
    permits LeastRequestBalancer, RoundRobinBalancer, RandomBalancer, RingHashBalancer {

  /**
   * @param request what a consistent-hash balancer keys on; others ignore it
   * @param eligible whether the endpoint at an index may be picked now (ready, not ejected, or panic)
   */
  Pick pick(RequestAttributes request, IntPredicate eligible);

  /**
   * The balancer {@code settings} ask for. {@code PASSTHROUGH} (original destination) has no meaning for a
   * gateway that terminates the request and is served like {@code RANDOM}.
   */
  static LoadBalancer create(
      LoadBalancerSettings settings, List<Endpoint> endpoints, ActiveRequests active, RandomSource random) {
    return switch (settings) {
      case LoadBalancerSettings.Simple simple -> switch (simple.algorithm()) {
        case LEAST_REQUEST -> new LeastRequestBalancer(endpoints, active, random);
        case ROUND_ROBIN -> new RoundRobinBalancer(endpoints);
        case RANDOM, PASSTHROUGH -> new RandomBalancer(endpoints, random);
      };
      case LoadBalancerSettings.ConsistentHash hash -> ringHash(hash.key(), hash.minimumRingSize(), endpoints, random);
    };
  }

  private static LoadBalancer ringHash(
      HashKeySource key, int minimumRingSize, List<Endpoint> endpoints, RandomSource random) {
    return new RingHashBalancer(new RequestHasher(key, random), HashRing.build(endpoints, minimumRingSize),
        new RandomBalancer(endpoints, random));
  }
}
