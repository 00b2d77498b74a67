package io.aviary.model.flagger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.aviary.model.ObjectMeta;
import io.aviary.model.Resource;
import io.aviary.model.source.Origin;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Flagger's Canary ({@code flagger.app/v1beta1}), field names as Flagger spells them. The controller reads the
 * analysis; the validator checks references and ranges.
 */
public record Canary(String apiVersion, ObjectMeta metadata, Spec spec, Origin origin) implements Resource {

  public static final String KIND = "Canary";

  @Override
  public String kind() {
    return KIND;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Spec(
      @Nullable CrossNamespaceRef targetRef,
      @Nullable CrossNamespaceRef autoscalerRef,
      @Nullable CanaryService service,
      @Nullable Analysis analysis,
      @Nullable Integer progressDeadlineSeconds,
      @Nullable Boolean skipAnalysis,
      @Nullable Boolean suspend,
      @Nullable Boolean revertOnDeletion) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record CanaryService(
      @Nullable Integer port,
      @Nullable Object targetPort,
      @Nullable String portName,
      List<String> gateways,
      List<String> hosts,
      @Nullable Boolean delegation,
      @Nullable String timeout) {
    public CanaryService {
      gateways = gateways == null ? List.of() : List.copyOf(gateways);
      hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }
  }

  /**
   * Flagger's analysis. {@code judge} is Aviary's one addition, read only from an {@code aviary.io} Canary (Flagger's
   * CRD has no such field, so validation rejects it on a {@code flagger.app} one); keeping one record lets one
   * resolver serve both kinds.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Analysis(
      @Nullable String interval,
      @Nullable Integer threshold,
      @Nullable Integer maxWeight,
      @Nullable Integer stepWeight,
      List<Integer> stepWeights,
      @Nullable Integer stepWeightPromotion,
      @Nullable Integer iterations,
      List<Map<String, Object>> match,
      @Nullable Boolean mirror,
      @Nullable Integer mirrorWeight,
      @Nullable SessionAffinity sessionAffinity,
      List<Metric> metrics,
      List<Webhook> webhooks,
      io.aviary.model.aviary.@Nullable Judge judge) {
    public Analysis {
      stepWeights = stepWeights == null ? List.of() : List.copyOf(stepWeights);
      match = match == null ? List.of() : List.copyOf(match);
      metrics = metrics == null ? List.of() : List.copyOf(metrics);
      webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    }
  }

  /**
   * Sticky canary sessions: a user who has been sent to the canary once keeps getting it, so one person never
   * flips between versions mid-session. {@code maxAge} is in seconds (Flagger's default 86400 applies when absent).
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SessionAffinity(
      @Nullable String cookieName, @Nullable String primaryCookieName, @Nullable Integer maxAge) {}

  /** A check: a built-in ({@code request-success-rate}, {@code request-duration}) or a MetricTemplate. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Metric(
      @Nullable String name,
      @Nullable Double threshold,
      @Nullable ThresholdRange thresholdRange,
      @Nullable String interval,
      @Nullable CrossNamespaceRef templateRef,
      Map<String, String> templateVariables) {
    public Metric {
      templateVariables = templateVariables == null ? Map.of() : Map.copyOf(templateVariables);
    }
  }

  public record ThresholdRange(@Nullable Double min, @Nullable Double max) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Webhook(
      @Nullable String name,
      @Nullable String type,
      @Nullable String url,
      @Nullable String timeout,
      Map<String, Object> metadata) {
    public Webhook {
      metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
  }
}
