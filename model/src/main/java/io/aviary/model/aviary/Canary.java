package io.aviary.model.aviary;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.flagger.CrossNamespaceRef;
import io.aviary.model.source.Origin;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Aviary's Canary ({@code aviary.io/v1alpha1}): Flagger's Canary spec, field for field where the fields apply, plus
 * {@code trafficRouting}, which names a VirtualService, its routes and a DestinationRule's stable and canary subsets
 * the way Argo Rollouts' subset-level Istio routing does. Referencing the user's own VirtualService (instead of
 * generating one, as Flagger does) is what lets the seed guide's manifests run unchanged.
 *
 * <p>The analysis is Flagger's record, so one resolver serves both kinds; {@code targetRef} is kept for the
 * Kubernetes mode, which generates {@code -primary}/{@code -canary} workloads as Flagger does.
 */
public record Canary(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin) implements Resource {

  public static final String KIND = "Canary";
  public static final String API_VERSION = "aviary.io/v1alpha1";

  @Override
  public String kind() {
    return KIND;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(
      @Nullable TrafficRouting trafficRouting,
      @Nullable CrossNamespaceRef targetRef,
      io.aviary.model.flagger.Canary.@Nullable CanaryService service,
      io.aviary.model.flagger.Canary.@Nullable Analysis analysis,
      @Nullable Integer progressDeadlineSeconds,
      @Nullable Boolean skipAnalysis,
      @Nullable Boolean suspend,
      @Nullable Boolean revertOnDeletion) {}

  /** Where the controller writes weights; only Istio for now, as in Argo Rollouts' {@code trafficRouting}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record TrafficRouting(@Nullable IstioRouting istio) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record IstioRouting(
      @Nullable VirtualServiceRef virtualService, @Nullable DestinationRuleRef destinationRule) {}

  /**
   * The VirtualService whose weights the controller owns, and which of its named HTTP routes; empty {@code routes}
   * means the VirtualService's only HTTP route. Routes not named are the user's and are never touched.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record VirtualServiceRef(@Nullable String name, List<String> routes) {
    public VirtualServiceRef {
      routes = routes == null ? List.of() : List.copyOf(routes);
    }
  }

  /** The DestinationRule and the names of its two subsets that take the stable and the canary role. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DestinationRuleRef(
      @Nullable String name, @Nullable String stableSubsetName, @Nullable String canarySubsetName) {}
}
