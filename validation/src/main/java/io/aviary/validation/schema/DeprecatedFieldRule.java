package io.aviary.validation.schema;

import io.aviary.model.load.Manifest;
import io.aviary.validation.AnalysisContext;
import io.aviary.validation.Analyzer;
import io.aviary.validation.Findings;
import io.aviary.validation.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deprecated fields, reported as istioctl reports them: the legacy integer {@code fault.delay.percent} by its
 * deprecation analyzer (IST0002 Deprecated), {@code mirrorPercent} and outlier detection's
 * {@code consecutiveErrors} as validation warnings (IST0133 SchemaWarning). Istio flags neither
 * {@code corsPolicy.allowOrigin} nor load balancer {@code LEAST_CONN}, so neither does Aviary.
 */
public final class DeprecatedFieldRule implements Analyzer {

  public static final String DEPRECATED = "IST0002";
  public static final String SCHEMA_WARNING = "IST0133";

  @Override
  public Set<String> codes() {
    return Set.of(DEPRECATED, SCHEMA_WARNING);
  }

  @Override
  public void analyze(AnalysisContext context, Findings findings) {
    for (Manifest manifest : IstioNetworking.ofKind(context, "VirtualService")) {
      for (Located route : IstioNetworking.httpRoutes(manifest)) {
        Located percent = route.child("fault").child("delay").child("percent");
        if (percent.node().isNumber() && percent.node().asDouble() > 0) {
          findings.report(manifest.resource(), percent.pointer(), DEPRECATED, Level.Warning,
              "Deprecated: HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage");
        }
        Located mirrorPercent = route.child("mirrorPercent");
        if (mirrorPercent.present()) {
          warn(manifest, mirrorPercent, "using deprecated setting \"mirrorPercent\", use \"mirrorPercentage\" instead",
              findings);
        }
      }
    }
    for (Manifest manifest : IstioNetworking.ofKind(context, "DestinationRule")) {
      for (Located policy : trafficPolicies(Located.root(manifest.raw()).child("spec"))) {
        Located consecutiveErrors = policy.child("outlierDetection").child("consecutiveErrors");
        if (consecutiveErrors.present()) {
          warn(manifest, consecutiveErrors, "outlier detection consecutive errors is deprecated, "
              + "use consecutiveGatewayErrors or consecutive5xxErrors instead", findings);
        }
      }
    }
  }

  /** The top-level, port-level and subset traffic policies of a DestinationRule spec. */
  private static List<Located> trafficPolicies(Located spec) {
    List<Located> policies = new ArrayList<>();
    List<Located> levels = new ArrayList<>();
    levels.add(spec.child("trafficPolicy"));
    spec.child("subsets").items().forEach(subset -> levels.add(subset.child("trafficPolicy")));
    for (Located level : levels) {
      policies.add(level);
      policies.addAll(level.child("portLevelSettings").items());
    }
    return policies;
  }

  private static void warn(Manifest manifest, Located field, String detail, Findings findings) {
    findings.report(manifest.resource(), field.pointer(), SCHEMA_WARNING, Level.Warning,
        "Schema validation warning: " + detail);
  }
}
