package io.aviary.gateway.upstream;

import io.aviary.gateway.upstream.balancing.ActiveRequests;
import io.aviary.gateway.upstream.balancing.LoadBalancer;
import io.aviary.gateway.upstream.balancing.Pick;
import io.aviary.gateway.upstream.balancing.RandomSource;
import io.aviary.gateway.upstream.balancing.RequestAttributes;
import io.aviary.gateway.upstream.endpoints.ClusterDefinition;
import io.aviary.gateway.upstream.health.ClusterHealth;
import io.aviary.gateway.upstream.health.OutlierDetector;
import io.aviary.gateway.upstream.health.ReadinessBoard;
import io.aviary.gateway.upstream.pool.CircuitBreakers;
import java.util.function.LongSupplier;

/**
 * A cluster at run time: its definition plus the state that the proxy's traffic builds up (requests in flight,
 * outlier ejections, circuit-breaker counters), wired to the balancer its policy names. Thread-safe.
 *
 * <p>Typical use per request: {@link #circuitBreakers()} admits it (else 503 UO), {@link #pick} chooses an
 * endpoint (else 503 UH), {@link #begin} starts the attempt, and the attempt is ended with the outcome.
 */
public final class UpstreamCluster {

  private final ClusterDefinition definition;
  private final ActiveRequests active;
  private final ClusterHealth health;
  private final LoadBalancer balancer;
  private final CircuitBreakers breakers;

  private UpstreamCluster(ClusterDefinition definition, ActiveRequests active, ClusterHealth health,
      LoadBalancer balancer, CircuitBreakers breakers) {
    this.definition = definition;
    this.active = active;
    this.health = health;
    this.balancer = balancer;
    this.breakers = breakers;
  }

  static UpstreamCluster create(
      ClusterDefinition definition, ReadinessBoard readiness, LongSupplier nanoClock, RandomSource random) {
    var policy = definition.policy();
    var endpoints = definition.endpoints();
    ActiveRequests active = new ActiveRequests(endpoints.size());
    OutlierDetector outliers = OutlierDetector.create(policy.outlierDetection(), endpoints.size(), nanoClock);
    return new UpstreamCluster(
        definition,
        active,
        new ClusterHealth(endpoints, policy.outlierDetection(), outliers, readiness),
        LoadBalancer.create(policy.loadBalancer(), endpoints, active, random),
        new CircuitBreakers(policy.connectionLimits()));
  }

  public ClusterDefinition definition() {
    return definition;
  }

  public CircuitBreakers circuitBreakers() {
    return breakers;
  }

  public ClusterHealth health() {
    return health;
  }

  /** An endpoint for this request among the eligible ones, or {@link Pick.NoneAvailable} (503 UH). */
  public Pick pick(RequestAttributes request) {
    return balancer.pick(request, health.eligibleForPick());
  }

  /** Starts sending to the picked endpoint; end the returned attempt with its outcome. */
  public UpstreamAttempt begin(Pick.Chosen chosen) {
    return new UpstreamAttempt(chosen.index(), active, health.outliers());
  }
}
