package io.aviary.gateway.upstream.health;

import io.aviary.gateway.upstream.policy.OutlierSettings;
import java.util.function.LongSupplier;

/**
 * Passive health of one cluster's endpoints, fed with every upstream outcome. Endpoints are addressed by their
 * position in the cluster. Implementations are thread-safe and lock-free: the proxy reports once per response
 * from any event loop.
 */
public sealed interface OutlierDetector permits NoOutlierDetection, ConsecutiveErrorDetector {

  /** Records the status of a response the endpoint sent. */
  void onResponse(int endpoint, int status);

  /**
   * Records a failure to connect or a reset before any response. Counted as a gateway error (503), as Envoy
   * does when local-origin errors are not split from upstream ones (Istio's default).
   */
  void onConnectFailure(int endpoint);

  boolean isEjected(int endpoint);

  int ejectedCount();

  /**
   * Re-admits endpoints whose ejection time is over, if an {@code interval} has passed since the last review.
   * Reviews are lazy (there is no timer thread): callers invoke this before reading ejections for a pick.
   */
  void review();

  /**
   * A detector for {@code settings}.
   *
   * @param nanoClock monotonic nanoseconds, {@code System::nanoTime} in production
   */
  static OutlierDetector create(OutlierSettings settings, int endpointCount, LongSupplier nanoClock) {
    return switch (settings) {
      case OutlierSettings.Disabled ignored -> new NoOutlierDetection();
      case OutlierSettings.Enabled enabled -> new ConsecutiveErrorDetector(enabled, endpointCount, nanoClock);
    };
  }
}
