package io.aviary.embedded.traffic;

import io.aviary.model.ResourceId;
import io.aviary.model.istio.HttpMatchRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one owner wants of one VirtualService's routes. Applying an intent is idempotent: it sets weights and
 * replaces the routes it inserted itself (named {@code aviary-<owner>-...}), so it can be applied to the user's
 * file version and to an already rewritten version alike.
 */
public sealed interface TrafficIntent {

  ResourceId virtualService();

  /**
   * The controller's routing for one canary: two subsets, a weight, and what the strategy adds. With no
   * {@code routes} the targets are the catch-all routes (no {@code match}) that send to either subset.
   */
  record CanaryRouting(
      ResourceId virtualService,
      String owner,
      List<String> routes,
      String stableSubset,
      String canarySubset,
      int canaryWeight,
      List<HttpMatchRequest> match,
      int mirrorPercent,
      @Nullable Affinity affinity) implements TrafficIntent {

    public CanaryRouting {
      routes = List.copyOf(routes);
      match = List.copyOf(match);
    }
  }

  /**
   * A sticky canary: canary responses set {@code cookieName=value}, and requests carrying it go to the canary.
   * {@code value} is fixed per revision so the cookie keeps working across weight steps.
   */
  record Affinity(String cookieName, String value, Duration maxAge) {}

  /**
   * Weights set by hand ({@code aviary set-weight}), the seed guide's manual steps: the targeted routes send to
   * exactly these subsets. With no {@code routes} the targets are the catch-all routes (no {@code match}) that send
   * to any of the subsets, so the user's header and cookie rules stay as written.
   */
  record ManualWeights(ResourceId virtualService, List<String> routes, Map<String, Integer> weights)
      implements TrafficIntent {

    public ManualWeights {
      routes = List.copyOf(routes);
      weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
    }
  }
}
