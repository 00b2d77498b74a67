package io.aviary.controller.action;

import io.aviary.controller.spec.SessionAffinity;
import io.aviary.controller.spec.Webhook;
import io.aviary.controller.status.CanaryEvent;
import io.aviary.controller.status.Phase;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a tick asks the driver to do. Routing actions only ever touch the Canary's own routes; the user's other routes
 * are left as written.
 */
public sealed interface Action {

  /**
   * Route {@code canaryWeight} percent to {@code canarySubset} and the rest to {@code stableSubset}. With a non-empty
   * {@code match} (A/B testing) the weights apply to matching requests only and all other requests go to the stable
   * subset. {@code mirrorPercent} above 0 copies that share of stable traffic to the canary; {@code affinity} keeps
   * users who reached the canary on it.
   */
  record SetWeights(
      String stableSubset,
      String canarySubset,
      int canaryWeight,
      List<Map<String, Object>> match,
      int mirrorPercent,
      @Nullable SessionAffinity affinity) implements Action {

    public SetWeights {
      if (canaryWeight < 0 || canaryWeight > 100) {
        throw new IllegalArgumentException("canaryWeight: %d (expected: 0..100)".formatted(canaryWeight));
      }
      if (mirrorPercent < 0 || mirrorPercent > 100) {
        throw new IllegalArgumentException("mirrorPercent: %d (expected: 0..100)".formatted(mirrorPercent));
      }
      match = List.copyOf(match);
    }

    public int stableWeight() {
      return 100 - canaryWeight;
    }
  }

  /**
   * Route all traffic to {@code newStableSubset}, which is stable from now on, and restore the routes the run added
   * (A/B matches, mirrors, affinity); {@code previousStableSubset} is left with no traffic.
   */
  record Promote(String newStableSubset, String previousStableSubset) implements Action {}

  /** Route all traffic back to {@code stableSubset} and remove what the run added; {@code canarySubset} gets none. */
  record RollBack(String stableSubset, String canarySubset, String reason) implements Action {}

  /** Call {@code hook}; its answer comes back in the next tick's observations. */
  record RunWebhook(Webhook hook, Phase phase, String revision, String message) implements Action {}

  /** Publish a decision (log, Kubernetes Event); the same event is also in the status. */
  record RecordEvent(CanaryEvent event) implements Action {}
}
