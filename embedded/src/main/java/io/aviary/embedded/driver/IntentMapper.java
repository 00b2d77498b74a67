package io.aviary.embedded.driver;

import io.aviary.controller.action.Action.SetWeights;
import io.aviary.controller.spec.SubsetRouting;
import io.aviary.embedded.state.CanaryRecord;
import io.aviary.controller.spec.SessionAffinity;
import io.aviary.embedded.traffic.TrafficIntent;
import io.aviary.model.ResourceId;
import io.aviary.model.istio.HttpMatchRequest;
import io.aviary.model.istio.VirtualService;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the controller's routing (always expressed as {@link SetWeights}; promotion and rollback are weights too)
 * into the traffic intent the store applies. Flagger's {@code match} is Istio's HTTPMatchRequest as written, so
 * it is read with the same record the loader uses.
 */
public final class IntentMapper {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private IntentMapper() {}

  public static TrafficIntent.CanaryRouting canaryRouting(CanaryRecord record) {
    return canaryRouting(record.canary(), record.subsets(), record.routing(), record.revision());
  }

  static TrafficIntent.CanaryRouting canaryRouting(ResourceId canary, SubsetRouting subsets, SetWeights weights,
      String revision) {
    ResourceId virtualService = new ResourceId(VirtualService.KIND, canary.namespace(), subsets.virtualService());
    List<HttpMatchRequest> match = weights.match().stream().map(IntentMapper::match).toList();
    SessionAffinity affinity = weights.affinity();
    TrafficIntent.Affinity sticky = affinity == null ? null
        : new TrafficIntent.Affinity(affinity.cookieName(), cookieValue(revision), affinity.maxAge());
    return new TrafficIntent.CanaryRouting(virtualService, canary.name(), subsets.routes(),
        weights.stableSubset(), weights.canarySubset(), weights.canaryWeight(), match, weights.mirrorPercent(), sticky);
  }

  private static HttpMatchRequest match(Map<String, Object> written) {
    return JSON.convertValue(written, HttpMatchRequest.class);
  }

  /** A cookie value fixed per revision: users who reached this canary stay on it across weight steps. */
  private static String cookieValue(String revision) {
    return HexFormat.of().toHexDigits(revision.hashCode());
  }
}
