package io.aviary.controller.spec;

import io.aviary.model.aviary.Canary;
import io.aviary.model.flagger.Canary.Analysis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns an Aviary Canary into a {@link CanarySpec}: Flagger's defaults (deadline 600s and those of
 * {@link AnalysisResolver}) and the subset routing embedded mode needs. Problems are collected, not thrown at the
 * first, so a user fixes a Canary in one edit.
 */
public final class CanarySpecResolver {

  static final Duration DEFAULT_PROGRESS_DEADLINE = Duration.ofSeconds(600);

  private final AnalysisResolver analysisResolver = new AnalysisResolver();

  public Resolution resolve(Canary canary) {
    List<String> problems = new ArrayList<>();
    Canary.Spec spec = canary.spec();
    SubsetRouting routing = routing(spec.trafficRouting(), problems);
    Analysis analysis = spec.analysis();
    AnalysisPlan plan = null;
    if (analysis == null) {
      problems.add("analysis: missing (expected: Flagger's analysis, e.g. interval, threshold, stepWeight)");
    } else {
      plan = analysisResolver.resolve(analysis, problems);
    }
    Duration deadline = deadline(spec.progressDeadlineSeconds(), problems);
    if (!problems.isEmpty() || routing == null || plan == null) {
      return new Resolution.Invalid(problems);
    }
    return new Resolution.Resolved(new CanarySpec(canary.id(), routing, plan, deadline,
        Boolean.TRUE.equals(spec.skipAnalysis()), Boolean.TRUE.equals(spec.suspend())));
  }

  private static @Nullable SubsetRouting routing(Canary.@Nullable TrafficRouting routing, List<String> problems) {
    Canary.IstioRouting istio = routing == null ? null : routing.istio();
    if (istio == null) {
      problems.add("trafficRouting.istio: missing (expected: virtualService and destinationRule to route by subsets)");
      return null;
    }
    Canary.VirtualServiceRef vs = istio.virtualService();
    Canary.DestinationRuleRef dr = istio.destinationRule();
    String vsName = required("trafficRouting.istio.virtualService.name", vs == null ? null : vs.name(), problems);
    String drName = required("trafficRouting.istio.destinationRule.name", dr == null ? null : dr.name(), problems);
    String stable = required(
        "trafficRouting.istio.destinationRule.stableSubsetName", dr == null ? null : dr.stableSubsetName(), problems);
    String canary = required(
        "trafficRouting.istio.destinationRule.canarySubsetName", dr == null ? null : dr.canarySubsetName(), problems);
    if (!stable.isEmpty() && stable.equals(canary)) {
      problems.add("trafficRouting.istio.destinationRule.canarySubsetName: %s (expected: %s)"
          .formatted(canary, "a subset other than the stable one"));
    }
    List<String> routes = vs == null ? List.of() : vs.routes();
    return new SubsetRouting(vsName, routes, drName, stable, canary);
  }

  private static String required(String field, @Nullable String value, List<String> problems) {
    if (value == null || value.isBlank()) {
      problems.add(field + ": missing");
      return "";
    }
    return value;
  }

  private static Duration deadline(@Nullable Integer seconds, List<String> problems) {
    if (seconds == null) {
      return DEFAULT_PROGRESS_DEADLINE;
    }
    if (seconds <= 0) {
      problems.add("progressDeadlineSeconds: %d (expected: more than 0)".formatted(seconds));
      return DEFAULT_PROGRESS_DEADLINE;
    }
    return Duration.ofSeconds(seconds);
  }
}
