package io.aviary.gateway.upstream;

import io.aviary.gateway.upstream.balancing.ActiveRequests;
import io.aviary.gateway.upstream.health.OutlierDetector;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request sent to one endpoint, from pick to outcome. Ending it (exactly once; later calls are ignored)
 * lowers the endpoint's in-flight count for least-request balancing and feeds outlier detection. Thread-safe.
 */
public final class UpstreamAttempt {

  private final int endpoint;
  private final ActiveRequests active;
  private final OutlierDetector outliers;
  private final AtomicBoolean ended = new AtomicBoolean();

  UpstreamAttempt(int endpoint, ActiveRequests active, OutlierDetector outliers) {
    this.endpoint = endpoint;
    this.active = active;
    this.outliers = outliers;
    active.started(endpoint);
  }

  /** The endpoint answered with {@code status}. */
  public void completed(int status) {
    if (end()) {
      outliers.onResponse(endpoint, status);
    }
  }

  /** Connecting failed or the connection was reset before a response (Envoy's UF/UC). */
  public void connectFailed() {
    if (end()) {
      outliers.onConnectFailure(endpoint);
    }
  }

  /** The attempt was abandoned without an upstream verdict (client went away, retry won a race). */
  public void cancelled() {
    end();
  }

  private boolean end() {
    if (!ended.compareAndSet(false, true)) {
      return false;
    }
    active.finished(endpoint);
    return true;
  }
}
