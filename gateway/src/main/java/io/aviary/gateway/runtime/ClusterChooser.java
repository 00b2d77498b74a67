package io.aviary.gateway.runtime;

import io.aviary.gateway.proxy.ConnectionSlot;
import io.aviary.gateway.proxy.UpstreamChoice;
import io.aviary.gateway.proxy.UpstreamChooser;
import io.aviary.gateway.proxy.UpstreamEndpoint;
import io.aviary.gateway.proxy.UpstreamLease;
import io.aviary.gateway.telemetry.EndpointTelemetry;
import io.aviary.gateway.upstream.ClusterResolution;
import io.aviary.gateway.upstream.UpstreamAttempt;
import io.aviary.gateway.upstream.UpstreamCluster;
import io.aviary.gateway.upstream.UpstreamClusters;
import io.aviary.gateway.upstream.balancing.CookieToIssue;
import io.aviary.gateway.upstream.balancing.Pick;
import io.aviary.gateway.upstream.endpoints.ClusterDefinition;
import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.policy.ConnectionLimits;
import io.aviary.gateway.upstream.pool.Admission;
import io.aviary.gateway.upstream.pool.CircuitBreakers;
import io.aviary.gateway.upstream.pool.Permit;
import io.aviary.gateway.upstream.pool.PoolResource;
import io.aviary.routing.RequestView;
import io.aviary.routing.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The proxy's {@link UpstreamChooser} over one configuration's clusters: resolves a route target to its
 * cluster (cached per target for the life of the snapshot), admits the request against the circuit breakers,
 * lets the cluster's balancer pick, and returns a lease that reports the outcome back to balancing and outlier
 * detection.
 */
final class ClusterChooser implements UpstreamChooser {

  private final UpstreamClusters clusters;
  private final TelemetryBinding telemetry;
  private final ConcurrentMap<Target, Object> byTarget = new ConcurrentHashMap<>();

  ClusterChooser(UpstreamClusters clusters, TelemetryBinding telemetry) {
    this.clusters = clusters;
    this.telemetry = telemetry;
  }

  @Override
  public UpstreamChoice choose(
      Target target, RequestView request, String clientAddress, @Nullable UpstreamEndpoint previousAttempt) {
    Object resolved = byTarget.computeIfAbsent(target, this::resolve);
    if (resolved instanceof String unknown) {
      return new UpstreamChoice.UnknownCluster(unknown);
    }
    ClusterHandles handles = (ClusterHandles) resolved;
    UpstreamCluster cluster = handles.cluster();
    Admission admission = cluster.circuitBreakers().tryAcquire(PoolResource.ACTIVE_REQUEST);
    if (!(admission instanceof Admission.Admitted admitted)) {
      return new UpstreamChoice.Overflow(cluster.definition().key().envoyName());
    }
    Pick pick = cluster.pick(new ProxyRequestAttributes(request, clientAddress));
    if (!(pick instanceof Pick.Chosen chosen)) {
      admitted.permit().release();
      return new UpstreamChoice.NoHealthyEndpoint(cluster.definition().key().envoyName());
    }
    UpstreamEndpoint endpoint = handles.endpoint(chosen.index());
    if (chosen.cookie() != null) {
      endpoint = endpoint.issuing(setCookie(chosen.cookie()));
    }
    return new UpstreamChoice.Chosen(endpoint, new Lease(cluster.begin(chosen), admitted.permit(), cluster.circuitBreakers()));
  }

  /** The telemetry handle for a target whose cluster offered no endpoint, or {@code null} if it has no cluster. */
  @Nullable EndpointTelemetry unreached(Target target) {
    return byTarget.computeIfAbsent(target, this::resolve) instanceof ClusterHandles handles ? handles.unreached() : null;
  }

  /** Envoy's name of the target's cluster ({@code outbound|80|v1|host}), or {@code null} if it has none. */
  @Nullable String clusterName(Target target) {
    return byTarget.computeIfAbsent(target, this::resolve) instanceof ClusterHandles handles
        ? handles.cluster().definition().key().envoyName()
        : null;
  }

  private Object resolve(Target target) {
    return switch (clusters.resolve(target.host(), target.port(), target.subset())) {
      case ClusterResolution.Found found -> handles(found.cluster());
      case ClusterResolution.Unknown unknown -> unknown.reason();
    };
  }

  private ClusterHandles handles(UpstreamCluster cluster) {
    ClusterDefinition definition = cluster.definition();
    List<UpstreamEndpoint> endpoints = new ArrayList<>();
    for (Endpoint endpoint : definition.endpoints()) {
      endpoints.add(ClusterHandles.connectable(endpoint, telemetry.forEndpoint(definition.key(), endpoint)));
    }
    return new ClusterHandles(cluster, List.copyOf(endpoints), telemetry.forUnreached(definition.key()));
  }

  private static String setCookie(CookieToIssue cookie) {
    StringBuilder value = new StringBuilder(cookie.name()).append('=').append(cookie.value());
    if (!cookie.path().isEmpty()) {
      value.append("; Path=").append(cookie.path());
    }
    if (!cookie.isSessionCookie()) {
      value.append("; Max-Age=").append(cookie.ttl().toSeconds());
    }
    return value.append("; HttpOnly").toString();
  }

  /**
   * Ends the upstream attempt with its outcome and frees the circuit-breaker slot, once; counts the connections
   * the attempt opens against the cluster's {@code maxConnections}.
   */
  private record Lease(UpstreamAttempt attempt, Permit permit, CircuitBreakers breakers) implements UpstreamLease {
    @Override
    public @Nullable ConnectionSlot openConnection() {
      if (breakers.limitOf(PoolResource.CONNECTION) >= ConnectionLimits.UNLIMITED) {
        return ConnectionSlot.UNCOUNTED;
      }
      return breakers.tryAcquire(PoolResource.CONNECTION) instanceof Admission.Admitted admitted
          ? admitted.permit()::release
          : null;
    }

    @Override
    public @Nullable PendingAdmission admitPending() {
      return breakers.tryAcquire(PoolResource.PENDING_REQUEST) instanceof Admission.Admitted admitted
          ? admitted.permit()::release
          : null;
    }

    @Override
    public void awaitConnection(java.util.function.BooleanSupplier wake) {
      breakers.awaitConnection(wake);
    }

    @Override
    public void stopAwaiting(java.util.function.BooleanSupplier wake) {
      breakers.stopAwaiting(wake);
    }

    @Override
    public void passConnectionWakeup() {
      breakers.wakeConnectionWaiter();
    }

    @Override
    public int maxRequestsPerConnection() {
      return breakers.maxRequestsPerConnection();
    }

    @Override
    public void responded(int status) {
      attempt.completed(status);
      permit.release();
    }

    @Override
    public void failed() {
      attempt.connectFailed();
      permit.release();
    }

    @Override
    public void abandoned() {
      attempt.cancelled();
      permit.release();
    }
  }
}
