package io.aviary.gateway.upstream.health;

import io.aviary.gateway.upstream.endpoints.Endpoint;
import io.aviary.gateway.upstream.policy.OutlierSettings;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Which endpoints of one cluster a balancer may pick now: those ready and not ejected, unless fewer than the
 * panic threshold are, in which case Envoy ignores health and balances over all of them. The threshold is
 * {@code minHealthPercent} when {@code outlierDetection} is set (0 by default: never panic, answer 503 UH) and
 * Envoy's own 50 % otherwise. Thread-safe; the common case (nothing ejected, nothing probed) costs two reads.
 */
public final class ClusterHealth {

  /** Envoy's healthy-panic threshold when Istio does not set one. */
  public static final int ENVOY_DEFAULT_PANIC_PERCENT = 50;

  private static final IntPredicate ALL = index -> true;

  private final List<Endpoint> endpoints;
  private final int[] probed;
  private final OutlierDetector outliers;
  private final ReadinessBoard readiness;
  private final int panicPercent;
  private final IntPredicate healthy = this::isHealthy;

  public ClusterHealth(
      List<Endpoint> endpoints, OutlierSettings settings, OutlierDetector outliers, ReadinessBoard readiness) {
    this.endpoints = List.copyOf(endpoints);
    this.probed = IntStream.range(0, endpoints.size()).filter(i -> endpoints.get(i).isProbed()).toArray();
    this.outliers = outliers;
    this.readiness = readiness;
    this.panicPercent = settings instanceof OutlierSettings.Enabled enabled
        ? enabled.minHealthPercent()
        : ENVOY_DEFAULT_PANIC_PERCENT;
  }

  public OutlierDetector outliers() {
    return outliers;
  }

  /** The predicate for one pick; reviews due ejections first. */
  public IntPredicate eligibleForPick() {
    outliers.review();
    if (outliers.ejectedCount() == 0 && probed.length == 0) {
      return ALL;
    }
    int healthyCount = 0;
    for (int i = 0; i < endpoints.size(); i++) {
      if (isHealthy(i)) {
        healthyCount++;
      }
    }
    boolean panic = (long) healthyCount * 100 < (long) panicPercent * endpoints.size();
    return panic ? ALL : healthy;
  }

  public boolean isHealthy(int index) {
    return !outliers.isEjected(index) && readiness.isReady(endpoints.get(index));
  }
}
