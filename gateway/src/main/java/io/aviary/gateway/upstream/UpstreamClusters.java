package io.aviary.gateway.upstream;

import io.aviary.gateway.upstream.balancing.RandomSource;
import io.aviary.gateway.upstream.endpoints.ClusterDefinition;
import io.aviary.gateway.upstream.endpoints.ClusterKey;
import io.aviary.gateway.upstream.endpoints.ClusterLookup;
import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.endpoints.EndpointIndex;
import io.aviary.gateway.upstream.endpoints.EndpointTarget;
import io.aviary.gateway.upstream.health.ReadinessBoard;
import io.aviary.model.istio.HostName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * All run-time clusters for one {@link EndpointIndex}. Immutable as a whole: on a configuration change the
 * owner builds the next one with {@link #rebuild} and publishes it through a volatile field. A rebuild keeps
 * each cluster whose definition did not change, with its ejections and counters, so that unrelated changes
 * (such as a canary weight step) do not forget which endpoints were misbehaving.
 */
public final class UpstreamClusters {

  private final EndpointIndex index;
  private final Map<ClusterKey, UpstreamCluster> clusters;
  private final ReadinessBoard readiness;
  private final LongSupplier nanoClock;
  private final RandomSource random;

  private UpstreamClusters(EndpointIndex index, Map<ClusterKey, UpstreamCluster> clusters, ReadinessBoard readiness,
      LongSupplier nanoClock, RandomSource random) {
    this.index = index;
    this.clusters = Map.copyOf(clusters);
    this.readiness = readiness;
    this.nanoClock = nanoClock;
    this.random = random;
  }

  /**
   * @param nanoClock monotonic nanoseconds for outlier detection ({@code System::nanoTime} in production)
   * @param random randomness for the balancers ({@link RandomSource#threadLocal()} in production)
   */
  public static UpstreamClusters create(
      EndpointIndex index, ReadinessBoard readiness, LongSupplier nanoClock, RandomSource random) {
    return new UpstreamClusters(EndpointIndex.empty(), Map.of(), readiness, nanoClock, random).rebuild(index);
  }

  /** The clusters of {@code next}, reusing the run-time state of clusters whose definition is unchanged. */
  public UpstreamClusters rebuild(EndpointIndex next) {
    Map<ClusterKey, UpstreamCluster> built = new HashMap<>();
    Set<EndpointTarget> targets = new HashSet<>();
    for (ClusterDefinition definition : next.clusters()) {
      UpstreamCluster previous = clusters.get(definition.key());
      boolean unchanged = previous != null && previous.definition().equals(definition);
      built.put(definition.key(),
          unchanged ? previous : UpstreamCluster.create(definition, readiness, nanoClock, random));
      definition.endpoints().stream().map(Endpoint::target).forEach(targets::add);
    }
    readiness.retainOnly(targets);
    return new UpstreamClusters(next, built, readiness, nanoClock, random);
  }

  public EndpointIndex index() {
    return index;
  }

  public ReadinessBoard readiness() {
    return readiness;
  }

  /** The cluster for a route destination (see {@link EndpointIndex#lookup(HostName, Integer, String)}). */
  public ClusterResolution resolve(HostName host, @Nullable Integer port, @Nullable String subset) {
    return switch (index.lookup(host, port, subset)) {
      case ClusterLookup.Found found -> new ClusterResolution.Found(clusters.get(found.cluster().key()));
      case ClusterLookup.Unknown unknown -> new ClusterResolution.Unknown(unknown.reason());
    };
  }
}
